// The core UndoStack: QUndoStack's rules for push, merge, clean state, limit and the
// redo tail, checked with a tiny command that edits a string.

#include "TestPrinters.h"

#include "runlens/diagram/UndoStack.h"

#include <QTest>

#include <stdexcept>

using namespace runlens;

namespace {

// Appends text to a log; commands with id 1 merge by concatenating.
class Append : public UndoCommand {
public:
    Append(std::string& target, std::string text, int id = -1) : m_target(&target), m_text(std::move(text)), m_id(id) {}
    void redo() override
    {
        if (m_text == "boom")
            throw std::runtime_error("boom");
        *m_target += m_text;
    }
    void undo() override { m_target->resize(m_target->size() - m_text.size()); }
    std::string text() const override { return "append " + m_text; }
    int id() const override { return m_id; }
    bool mergeWith(const UndoCommand& next) override
    {
        m_text += static_cast<const Append&>(next).m_text;
        return true;
    }
    bool isObsolete() const override { return m_text.empty(); }

private:
    std::string* m_target;
    std::string m_text;
    int m_id;
};

} // namespace

class TestDiagramUndo : public QObject {
    Q_OBJECT

private slots:
    void pushUndoRedo()
    {
        std::string s;
        UndoStack stack;
        int changes = 0;
        stack.setOnChanged([&] { ++changes; });
        stack.push(std::make_unique<Append>(s, "a"));
        stack.push(std::make_unique<Append>(s, "b"));
        QCOMPARE(s, std::string("ab"));
        QCOMPARE(stack.undoText(), std::string("append b"));
        stack.undo();
        QCOMPARE(s, std::string("a"));
        QCOMPARE(stack.redoText(), std::string("append b"));
        stack.redo();
        QCOMPARE(s, std::string("ab"));
        stack.redo(); // nothing to redo: no-op
        QCOMPARE(stack.index(), 2);
        QCOMPARE(changes, 4);
    }

    void pushDropsTheRedoTail()
    {
        std::string s;
        UndoStack stack;
        stack.push(std::make_unique<Append>(s, "a"));
        stack.push(std::make_unique<Append>(s, "b"));
        stack.setClean();
        stack.undo();
        stack.push(std::make_unique<Append>(s, "c"));
        QCOMPARE(s, std::string("ac"));
        QCOMPARE(stack.count(), 2);
        QVERIFY(!stack.canRedo());
        QCOMPARE(stack.cleanIndex(), -1); // "ab" is gone for good
        QVERIFY(!stack.isClean());
    }

    void mergingAndObsoleteCommands()
    {
        std::string s;
        UndoStack stack;
        stack.push(std::make_unique<Append>(s, "x", 1));
        stack.push(std::make_unique<Append>(s, "y", 1));
        stack.push(std::make_unique<Append>(s, "z", 2));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        stack.undo();
        QCOMPARE(s, std::string());
        // A merge that leaves nothing to undo removes the command.
        stack.push(std::make_unique<Append>(s, "", 1));
        stack.push(std::make_unique<Append>(s, "", 1));
        QCOMPARE(stack.count(), 0);
    }

    void cleanStateBlocksMerging()
    {
        std::string s;
        UndoStack stack;
        stack.push(std::make_unique<Append>(s, "x", 1));
        stack.setClean();
        stack.push(std::make_unique<Append>(s, "y", 1));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QVERIFY(stack.isClean());
    }

    void limitDropsTheOldest()
    {
        std::string s;
        UndoStack stack;
        stack.setUndoLimit(2);
        for (const char* t : {"a", "b", "c"})
            stack.push(std::make_unique<Append>(s, t));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        stack.undo();
        QVERIFY(!stack.canUndo());
        QCOMPARE(s, std::string("a"));
    }

    void aThrowingCommandIsNotRecorded()
    {
        std::string s;
        UndoStack stack;
        stack.push(std::make_unique<Append>(s, "a"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, stack.push(std::make_unique<Append>(s, "boom")));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(s, std::string("a"));
        stack.clear();
        QCOMPARE(stack.count(), 0);
        QVERIFY(stack.isClean());
        QCOMPARE(s, std::string("a")); // clear forgets, it does not undo
    }
};

QTEST_GUILESS_MAIN(TestDiagramUndo)
#include "tst_diagram_undo.moc"
