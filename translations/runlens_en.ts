<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DiagramUndoCommand</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n node(s)</source>
        <translation>
            <numerusform>Align %n node</numerusform>
            <numerusform>Align %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n node(s)</source>
        <translation>
            <numerusform>Distribute %n node</numerusform>
            <numerusform>Distribute %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::AnalysisActions</name>
    <message numerus="yes">
        <source>Compare %n run(s)</source>
        <translation>
            <numerusform>Compare %n run</numerusform>
            <numerusform>Compare %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n selected run(s)</source>
        <translation>
            <numerusform>the %n selected run</numerusform>
            <numerusform>the %n selected runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::ChartHover</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::ChartValueText</name>
    <message numerus="yes">
        <source>%1 (%n point(s))</source>
        <translation>
            <numerusform>%1 (%n point)</numerusform>
            <numerusform>%1 (%n points)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::CompareMetricsModel</name>
    <message numerus="yes">
        <source>%n run(s) left out: NaN or infinite</source>
        <translation>
            <numerusform>%n run left out: NaN or infinite</numerusform>
            <numerusform>%n runs left out: NaN or infinite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::CompareWindow</name>
    <message numerus="yes">
        <source>Compare %n run(s)</source>
        <translation>
            <numerusform>Compare %n run</numerusform>
            <numerusform>Compare %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::CurvesPanel</name>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n run)</numerusform>
            <numerusform>%1 (%n runs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::DiagramEditor</name>
    <message numerus="yes">
        <source>Imported %1 (%2): %n node(s)</source>
        <translation>
            <numerusform>Imported %1 (%2): %n node</numerusform>
            <numerusform>Imported %1 (%2): %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::DiagramProperties</name>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n edge</numerusform>
            <numerusform>%n edges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::DiagramRunBinder</name>
    <message numerus="yes">
        <source>Newest of %n run(s) in experiment &quot;%1&quot;</source>
        <translation>
            <numerusform>Newest of %n run in experiment &quot;%1&quot;</numerusform>
            <numerusform>Newest of %n runs in experiment &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::ImportDialog</name>
    <message numerus="yes">
        <source>Importing… %n run(s) so far</source>
        <translation>
            <numerusform>Importing… %n run so far</numerusform>
            <numerusform>Importing… %n runs so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %1… %n run(s) so far</source>
        <translation>
            <numerusform>Importing %1… %n run so far</numerusform>
            <numerusform>Importing %1… %n runs so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s)</source>
        <translation>
            <numerusform>Imported %n run</numerusform>
            <numerusform>Imported %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the store: %n run(s) skipped</source>
        <translation>
            <numerusform>Already in the store: %n run skipped</numerusform>
            <numerusform>Already in the store: %n runs skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped or left out (%n):</source>
        <translation>
            <numerusform>Skipped or left out (%n):</numerusform>
            <numerusform>Skipped or left out (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::ImportanceModel</name>
    <message numerus="yes">
        <source>%1 (%n value(s))</source>
        <translation>
            <numerusform>%1 (%n value)</numerusform>
            <numerusform>%1 (%n values)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::ImportanceView</name>
    <message numerus="yes">
        <source>%n run(s) used</source>
        <translation>
            <numerusform>%n run used</numerusform>
            <numerusform>%n runs used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (no finite value)</source>
        <translation>
            <numerusform>%n skipped (no finite value)</numerusform>
            <numerusform>%n skipped (no finite value)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::MainWindow</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::MetricChart</name>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n run)</numerusform>
            <numerusform>%1 (%n runs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::ParallelCoordinatesView</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::ReportBuilder</name>
    <message numerus="yes">
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%n run in %1</numerusform>
            <numerusform>%n runs in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n experiment(s)</source>
        <translation>
            <numerusform>%n experiment</numerusform>
            <numerusform>%n experiments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::ReportCurveFigure</name>
    <message numerus="yes">
        <source>Learning curve of %1 for %n run(s)</source>
        <translation>
            <numerusform>Learning curve of %1 for %n run</numerusform>
            <numerusform>Learning curve of %1 for %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::ReportDialog</name>
    <message numerus="yes">
        <source>%n run(s) will be in the report.</source>
        <translation>
            <numerusform>%n run will be in the report.</numerusform>
            <numerusform>%n runs will be in the report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::ReportSections</name>
    <message numerus="yes">
        <source>%n more image(s) not drawn.</source>
        <translation>
            <numerusform>%n more image not drawn.</numerusform>
            <numerusform>%n more images not drawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more run(s): their colours are in the runs table.</source>
        <translation>
            <numerusform>%n more run: their colours are in the runs table.</numerusform>
            <numerusform>%n more runs: their colours are in the runs table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more metric(s) not drawn: %1.</source>
        <translation>
            <numerusform>%n more metric not drawn: %1.</numerusform>
            <numerusform>%n more metrics not drawn: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n param(s) differ between the runs; bold: differs from the baseline.</source>
        <translation>
            <numerusform>%n param differ between the runs; bold: differs from the baseline.</numerusform>
            <numerusform>%n params differ between the runs; bold: differs from the baseline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s); the baseline is in bold. Each run keeps its colour in every chart.</source>
        <translation>
            <numerusform>%n run; the baseline is in bold. Each run keeps its colour in every chart.</numerusform>
            <numerusform>%n runs; the baseline is in bold. Each run keeps its colour in every chart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) from %1, started between %2 and %3, last activity %4. Status: %5.</source>
        <translation>
            <numerusform>%n run from %1, started between %2 and %3, last activity %4. Status: %5.</numerusform>
            <numerusform>%n runs from %1, started between %2 and %3, last activity %4. Status: %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) logged no metrics: %1.</source>
        <translation>
            <numerusform>%n run logged no metrics: %1.</numerusform>
            <numerusform>%n runs logged no metrics: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more verdict(s) in the Metrics section.</source>
        <translation>
            <numerusform>%n more verdict in the Metrics section.</numerusform>
            <numerusform>%n more verdicts in the Metrics section.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::RunActions</name>
    <message numerus="yes">
        <source>Archive %n run(s)</source>
        <translation>
            <numerusform>Archive %n run</numerusform>
            <numerusform>Archive %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unarchive %n run(s)</source>
        <translation>
            <numerusform>Unarchive %n run</numerusform>
            <numerusform>Unarchive %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s)?</source>
        <translation>
            <numerusform>Delete %n run?</numerusform>
            <numerusform>Delete %n runs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n run(s)</source>
        <translation>
            <numerusform>Tag %n run</numerusform>
            <numerusform>Tag %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::RunDetailsPanel</name>
    <message numerus="yes">
        <source>%n run(s) selected; this is the current one.</source>
        <translation>
            <numerusform>%n run selected; this is the current one.</numerusform>
            <numerusform>%n runs selected; this is the current one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::RunsView</name>
    <message numerus="yes">
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 of %n run</numerusform>
            <numerusform>%1 of %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::ScatterView</name>
    <message numerus="yes">
        <source>%n run(s) without both values left out</source>
        <translation>
            <numerusform>%n run without both values left out</numerusform>
            <numerusform>%n runs without both values left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::SyncDialog</name>
    <message numerus="yes">
        <source>%1 new run(s)</source>
        <translation>
            <numerusform>%1 new run</numerusform>
            <numerusform>%1 new runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s)</source>
        <translation>
            <numerusform>%1 point</numerusform>
            <numerusform>%1 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 artifact(s) (%2)</source>
        <translation>
            <numerusform>%1 artifact (%2)</numerusform>
            <numerusform>%1 artifacts (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 new experiment(s)</source>
        <translation>
            <numerusform>%1 new experiment</numerusform>
            <numerusform>%1 new experiments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 diagram(s)</source>
        <translation>
            <numerusform>%1 diagram</numerusform>
            <numerusform>%1 diagrams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 metric direction(s)</source>
        <translation>
            <numerusform>%1 metric direction</numerusform>
            <numerusform>%1 metric directions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 run(s) already up to date.</source>
        <translation>
            <numerusform>%1 run already up to date.</numerusform>
            <numerusform>%1 runs already up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 conflict(s) settled: the later edit wins; the table shows which side was kept.</source>
        <translation>
            <numerusform>%1 conflict settled: the later edit wins; the table shows which side was kept.</numerusform>
            <numerusform>%1 conflicts settled: the later edit wins; the table shows which side was kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 run(s) left out because the target deleted them; tick “Bring back runs the target has deleted” to sync them.</source>
        <translation>
            <numerusform>%1 run left out because the target deleted it; tick “Bring back runs the target has deleted” to sync it.</numerusform>
            <numerusform>%1 runs left out because the target deleted them; tick “Bring back runs the target has deleted” to sync them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 run(s) left out: the target holds their import as another run.</source>
        <translation>
            <numerusform>%1 run left out: the target holds its import as another run.</numerusform>
            <numerusform>%1 runs left out: the target holds their imports as other runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 run(s) or artifact(s) left out because the source could not be read.</source>
        <translation>
            <numerusform>%1 run or artifact left out because the source could not be read.</numerusform>
            <numerusform>%1 runs or artifacts left out because the source could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 updated run(s)</source>
        <translation>
            <numerusform>%1 updated run</numerusform>
            <numerusform>%1 updated runs</numerusform>
        </translation>
    </message>
</context>
</TS>
