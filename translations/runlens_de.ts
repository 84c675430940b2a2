<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DiagramExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The diagram is too large for an image.</source>
        <translation>Das Diagramm ist zu groß für ein Bild.</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation>%1 kann nicht geschrieben werden: Das Bild ließ sich nicht kodieren.</translation>
    </message>
    <message>
        <source>Pipeline diagram exported by Runlens</source>
        <translation>Von Runlens exportiertes Pipeline-Diagramm</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>%1 kann nicht geschrieben werden: Das PDF ließ sich nicht beginnen.</translation>
    </message>
</context>
<context>
    <name>DiagramKindStyle</name>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Feature engineering</source>
        <translation>Feature Engineering</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <source>Model registry</source>
        <translation>Modellregister</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Generic step</source>
        <translation>Allgemeiner Schritt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Group / lane</source>
        <translation>Gruppe / Bahn</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Where data comes from: a table, files, a stream</source>
        <translation>Woher die Daten kommen: eine Tabelle, Dateien, ein Datenstrom</translation>
    </message>
    <message>
        <source>Checks of schema, ranges and data quality</source>
        <translation>Prüfung von Schema, Wertebereichen und Datenqualität</translation>
    </message>
    <message>
        <source>Cleaning, transforms and feature extraction</source>
        <translation>Bereinigung, Transformationen und Merkmalsextraktion</translation>
    </message>
    <message>
        <source>Model training or tuning</source>
        <translation>Modelltraining oder -abstimmung</translation>
    </message>
    <message>
        <source>Metrics on held-out data, comparison with the current model</source>
        <translation>Metriken auf zurückgehaltenen Daten, Vergleich mit dem aktuellen Modell</translation>
    </message>
    <message>
        <source>Versioned models waiting for release</source>
        <translation>Versionierte Modelle, die auf die Freigabe warten</translation>
    </message>
    <message>
        <source>Serving: a batch job, an endpoint, an edge device</source>
        <translation>Betrieb: ein Batch-Job, ein Endpunkt, ein Edge-Gerät</translation>
    </message>
    <message>
        <source>Drift, performance and alerting in production</source>
        <translation>Drift, Leistung und Alarme im Betrieb</translation>
    </message>
    <message>
        <source>Any other step of the pipeline</source>
        <translation>Jeder andere Schritt der Pipeline</translation>
    </message>
    <message>
        <source>Free text to explain the drawing</source>
        <translation>Freier Text zur Erklärung der Zeichnung</translation>
    </message>
    <message>
        <source>A lane or box that holds other nodes</source>
        <translation>Eine Bahn oder ein Kasten, der andere Knoten enthält</translation>
    </message>
</context>
<context>
    <name>DiagramNodePainter</name>
    <message>
        <source>no metrics</source>
        <translation>keine Metriken</translation>
    </message>
</context>
<context>
    <name>DiagramUndoCommand</name>
    <message>
        <source>Add node</source>
        <translation>Knoten hinzufügen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <source>Edit ports</source>
        <translation>Anschlüsse bearbeiten</translation>
    </message>
    <message>
        <source>Change binding</source>
        <translation>Bindung ändern</translation>
    </message>
    <message>
        <source>Change routing</source>
        <translation>Linienführung ändern</translation>
    </message>
    <message>
        <source>Change group</source>
        <translation>Gruppe ändern</translation>
    </message>
    <message>
        <source>Rename diagram</source>
        <translation>Diagramm umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>Align %n node(s)</source>
        <translation>
            <numerusform>%n Knoten ausrichten</numerusform>
            <numerusform>%n Knoten ausrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n node(s)</source>
        <translation>
            <numerusform>%n Knoten verteilen</numerusform>
            <numerusform>%n Knoten verteilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Automatic layout</source>
        <translation>Automatische Anordnung</translation>
    </message>
    <message>
        <source>Update diagram</source>
        <translation>Diagramm aktualisieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Runlens</source>
        <translation>Runlens</translation>
    </message>
    <message>
        <source>Cannot open the store %1:
%2</source>
        <translation>Der Datenspeicher %1 lässt sich nicht öffnen:
%2</translation>
    </message>
    <message>
        <source>experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Running; last heard of at %1</source>
        <translation>Läuft; zuletzt gemeldet um %1</translation>
    </message>
    <message>
        <source>Crashed: the run never finished and its process has not been heard of since %1</source>
        <translation>Abgestürzt: Der Lauf wurde nie beendet, und sein Prozess hat sich seit %1 nicht mehr gemeldet</translation>
    </message>
    <message>
        <source>Finished at %1</source>
        <translation>Beendet um %1</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation>Fehlgeschlagen um %1</translation>
    </message>
    <message>
        <source>Killed at %1</source>
        <translation>Abgebrochen um %1</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>no end recorded; last heard of at %1</source>
        <translation>kein Ende verzeichnet; zuletzt gemeldet um %1</translation>
    </message>
</context>
<context>
    <name>runlens::AnalysisActions</name>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Runs</source>
        <translation>Ausgewählte Läufe &amp;vergleichen</translation>
    </message>
    <message>
        <source>Params, metrics, slices and statistics of the selected runs side by side</source>
        <translation>Parameter, Metriken, Teilmengen und Statistik der ausgewählten Läufe nebeneinander</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Pipeline Diagrams</source>
        <translation>Pipeline-Diagramme</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Select two or more runs in the table to compare them.</source>
        <translation>Zwei oder mehr Läufe in der Tabelle auswählen, um sie zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n run(s)</source>
        <translation>
            <numerusform>%n Lauf vergleichen</numerusform>
            <numerusform>%n Läufe vergleichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>There are no runs to report on.</source>
        <translation>Es gibt keine Läufe für einen Bericht.</translation>
    </message>
    <message numerus="yes">
        <source>the %n selected run(s)</source>
        <translation>
            <numerusform>der %n ausgewählte Lauf</numerusform>
            <numerusform>die %n ausgewählten Läufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::ChartAxisFormat</name>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>wall time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>seconds since start</source>
        <translation>Sekunden seit Start</translation>
    </message>
    <message>
        <source>time since start</source>
        <translation>Zeit seit Start</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>%1 s since start</source>
        <translation>%1 s seit Start</translation>
    </message>
    <message>
        <source>%1:%2:%3 since start</source>
        <translation>%1:%2:%3 seit Start</translation>
    </message>
</context>
<context>
    <name>runlens::ChartExporter</name>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Unknown file type &apos;%1&apos;: use .png, .svg or .pdf</source>
        <translation>Unbekannter Dateityp „%1“: bitte .png, .svg oder .pdf verwenden</translation>
    </message>
    <message>
        <source>Could not draw the chart into %1</source>
        <translation>Das Diagramm konnte nicht in %1 gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>runlens::ChartHover</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::ChartValueText</name>
    <message>
        <source>no value yet</source>
        <translation>noch kein Wert</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n point(s))</source>
        <translation>
            <numerusform>%1 (%n Punkt)</numerusform>
            <numerusform>%1 (%n Punkte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>One value per run: nothing to draw a curve through.</source>
        <translation>Ein Wert pro Lauf: keine Kurve zu zeichnen.</translation>
    </message>
</context>
<context>
    <name>runlens::ColumnChooserDialog</name>
    <message>
        <source>Choose Columns</source>
        <translation>Spalten wählen</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Schlüssel filtern</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Metrics: last value</source>
        <translation>Metriken: letzter Wert</translation>
    </message>
    <message>
        <source>Metrics: smallest value</source>
        <translation>Metriken: kleinster Wert</translation>
    </message>
    <message>
        <source>Metrics: largest value</source>
        <translation>Metriken: größter Wert</translation>
    </message>
</context>
<context>
    <name>runlens::CompareChartMenu</name>
    <message>
        <source>Save chart as image</source>
        <translation>Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 ließ sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save image…</source>
        <translation>Bild &amp;speichern…</translation>
    </message>
</context>
<context>
    <name>runlens::CompareFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>p = n/a</source>
        <translation>p = n. v.</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>[%1, %2]</source>
        <translation>[%1, %2]</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzter</translation>
    </message>
    <message>
        <source>best</source>
        <translation>bester</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
</context>
<context>
    <name>runlens::CompareGrouping</name>
    <message>
        <source>One column per run</source>
        <translation>Eine Spalte pro Lauf</translation>
    </message>
    <message>
        <source>Same config except seed</source>
        <translation>Gleiche Konfiguration außer Seed</translation>
    </message>
    <message>
        <source>By param %1</source>
        <translation>Nach Parameter %1</translation>
    </message>
    <message>
        <source>By tag %1</source>
        <translation>Nach Tag %1</translation>
    </message>
</context>
<context>
    <name>runlens::CompareMetricsModel</name>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>%1 (your choice)</source>
        <translation>%1 (Ihre Wahl)</translation>
    </message>
    <message>
        <source>%1 (from the name)</source>
        <translation>%1 (aus dem Namen)</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>compared value (%1): %2</source>
        <translation>verglichener Wert (%1): %2</translation>
    </message>
    <message>
        <source>last %1 · best %2 · min %3 · max %4</source>
        <translation>letzter %1 · bester %2 · min %3 · max %4</translation>
    </message>
    <message>
        <source>%1 of %2 runs with a value; mean %3, std %4</source>
        <translation>%1 von %2 Läufen mit Wert; Mittelwert %3, Std.-Abw. %4</translation>
    </message>
    <message>
        <source>95 % confidence interval of the mean: %1</source>
        <translation>95-%-Konfidenzintervall des Mittelwerts: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) left out: NaN or infinite</source>
        <translation>
            <numerusform>%n Lauf ausgelassen: NaN oder unendlich</numerusform>
            <numerusform>%n Läufe ausgelassen: NaN oder unendlich</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the baseline.</source>
        <translation>Dies ist die Referenz.</translation>
    </message>
    <message>
        <source>delta to baseline: %1 — %2</source>
        <translation>Abstand zur Referenz: %1 — %2</translation>
    </message>
    <message>
        <source>%1: %2. Right-click to change.</source>
        <translation>%1: %2. Rechtsklick zum Ändern.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>95 % CI %1</source>
        <translation>95-%-KI %1</translation>
    </message>
    <message>
        <source>Metric (%1)</source>
        <translation>Metrik (%1)</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>%1 is the baseline.</source>
        <translation>%1 ist die Referenz.</translation>
    </message>
    <message>
        <source>%1 — right-click to use as baseline.</source>
        <translation>%1 — Rechtsklick, um es als Referenz zu nehmen.</translation>
    </message>
    <message>
        <source>no direction: differences are shown, never called better or worse</source>
        <translation>keine Richtung: Unterschiede werden gezeigt, nie besser oder schlechter genannt</translation>
    </message>
    <message>
        <source>better (significant)</source>
        <translation>besser (signifikant)</translation>
    </message>
    <message>
        <source>worse (significant)</source>
        <translation>schlechter (signifikant)</translation>
    </message>
    <message>
        <source>better by the metric&apos;s direction, untested (one run on a side)</source>
        <translation>besser nach der Richtung der Metrik, ungetestet (ein Lauf je Seite)</translation>
    </message>
    <message>
        <source>worse by the metric&apos;s direction, untested (one run on a side)</source>
        <translation>schlechter nach der Richtung der Metrik, ungetestet (ein Lauf je Seite)</translation>
    </message>
    <message>
        <source>the same within numeric resolution</source>
        <translation>gleich innerhalb der numerischen Auflösung</translation>
    </message>
    <message>
        <source>different; the metric has no direction</source>
        <translation>verschieden; die Metrik hat keine Richtung</translation>
    </message>
    <message>
        <source>not a significant difference</source>
        <translation>kein signifikanter Unterschied</translation>
    </message>
</context>
<context>
    <name>runlens::CompareMetricsPage</name>
    <message>
        <source>Filter metrics…</source>
        <translation>Metriken filtern…</translation>
    </message>
    <message>
        <source>Is it better? Welch&apos;s t-test on %1 against the baseline</source>
        <translation>Ist es besser? Welch-t-Test auf %1 gegen die Referenz</translation>
    </message>
    <message>
        <source>No column is a group of runs: nothing to test.</source>
        <translation>Keine Spalte ist eine Gruppe von Läufen: nichts zu testen.</translation>
    </message>
    <message>
        <source>p is the chance of a difference this large if both configs were equally good. With few seeds only large differences can be shown; see docs/statistics.md.</source>
        <translation>p ist die Wahrscheinlichkeit eines so großen Unterschieds, wenn beide Konfigurationen gleich gut wären. Mit wenigen Seeds lassen sich nur große Unterschiede zeigen; siehe docs/statistics.md.</translation>
    </message>
    <message>
        <source>Direction of %1</source>
        <translation>Richtung von %1</translation>
    </message>
    <message>
        <source>&amp;Higher is better</source>
        <translation>&amp;Höher ist besser</translation>
    </message>
    <message>
        <source>&amp;Lower is better</source>
        <translation>&amp;Niedriger ist besser</translation>
    </message>
    <message>
        <source>&amp;Automatic (from the name: %1)</source>
        <translation>&amp;Automatisch (aus dem Namen: %1)</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;better&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;worse&amp;nbsp;&lt;/span&gt; than the baseline by the test (p &amp;lt; 0.05), by each metric&apos;s direction (arrow). &lt;span style=&apos;background:%3&apos;&gt;&amp;nbsp;%5 better&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%4&apos;&gt;&amp;nbsp;%6 worse&amp;nbsp;&lt;/span&gt;: one run on a side, no test possible, only the direction of the change. No colour: inside the noise, equal, or a metric without a direction (bar). Right-click a metric to change its direction.</source>
        <translation>&lt;span style=&apos;background:%1&apos;&gt;&amp;nbsp;besser&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%2&apos;&gt;&amp;nbsp;schlechter&amp;nbsp;&lt;/span&gt; als die Referenz laut Test (p &amp;lt; 0,05), nach der Richtung jeder Metrik (Pfeil). &lt;span style=&apos;background:%3&apos;&gt;&amp;nbsp;%5 besser&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:%4&apos;&gt;&amp;nbsp;%6 schlechter&amp;nbsp;&lt;/span&gt;: ein Lauf je Seite, kein Test möglich, nur die Richtung der Änderung. Keine Farbe: im Rauschen, gleich oder eine Metrik ohne Richtung (Strich). Rechtsklick auf eine Metrik ändert ihre Richtung.</translation>
    </message>
    <message>
        <source>no direction</source>
        <translation>keine Richtung</translation>
    </message>
</context>
<context>
    <name>runlens::CompareRowsModel</name>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Git commit</source>
        <translation>Git-Commit</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 (mean)</source>
        <translation>%1 (Mittelwert)</translation>
    </message>
    <message>
        <source>No run of this column has %1.</source>
        <translation>Kein Lauf dieser Spalte hat %1.</translation>
    </message>
    <message>
        <source>The runs of this group differ (or some lack the value).</source>
        <translation>Die Läufe dieser Gruppe unterscheiden sich (oder manchen fehlt der Wert).</translation>
    </message>
    <message>
        <source>Differs from the baseline (%1).</source>
        <translation>Unterscheidet sich von der Referenz (%1).</translation>
    </message>
    <message>
        <source>%1 differs between the columns.</source>
        <translation>%1 unterscheidet sich zwischen den Spalten.</translation>
    </message>
    <message>
        <source>%1 is the same in every column.</source>
        <translation>%1 ist in jeder Spalte gleich.</translation>
    </message>
    <message>
        <source>Param</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Run info</source>
        <translation>Laufangaben</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>Right-click to use as baseline.</source>
        <translation>Rechtsklick, um es als Referenz zu nehmen.</translation>
    </message>
</context>
<context>
    <name>runlens::CompareRowsPage</name>
    <message>
        <source>Only &amp;differences</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <source>Filter params…</source>
        <translation>Parameter filtern…</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Hide rows that are the same in every column</source>
        <translation>Zeilen ausblenden, die in jeder Spalte gleich sind</translation>
    </message>
    <message>
        <source>%1 of %2 differ</source>
        <translation>%1 von %2 unterschiedlich</translation>
    </message>
</context>
<context>
    <name>runlens::CompareTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;whole table</source>
        <translation>&amp;Ganze Tabelle kopieren</translation>
    </message>
    <message>
        <source>Use “%1” as &amp;baseline</source>
        <translation>„%1“ als &amp;Referenz nehmen</translation>
    </message>
</context>
<context>
    <name>runlens::CompareWindow</name>
    <message numerus="yes">
        <source>Compare %n run(s)</source>
        <translation>
            <numerusform>%n Lauf vergleichen</numerusform>
            <numerusform>%n Läufe vergleichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>One column per run, or runs grouped into columns</source>
        <translation>Eine Spalte pro Lauf oder Läufe zu Spalten gruppiert</translation>
    </message>
    <message>
        <source>The column every other column is compared with</source>
        <translation>Die Spalte, mit der jede andere Spalte verglichen wird</translation>
    </message>
    <message>
        <source>Which value of each metric&apos;s series is compared</source>
        <translation>Welcher Wert der Reihe jeder Metrik verglichen wird</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation>&amp;Metriken</translation>
    </message>
    <message>
        <source>&amp;Params</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>Run &amp;info</source>
        <translation>Lauf&amp;angaben</translation>
    </message>
    <message>
        <source>&amp;Slices</source>
        <translation>&amp;Teilmengen</translation>
    </message>
    <message>
        <source>Parallel &amp;coordinates</source>
        <translation>Parallele &amp;Koordinaten</translation>
    </message>
    <message>
        <source>Sc&amp;atter</source>
        <translation>&amp;Streudiagramm</translation>
    </message>
    <message>
        <source>Param imp&amp;ortance</source>
        <translation>Parameter-&amp;Wichtigkeit</translation>
    </message>
    <message>
        <source>C&amp;urves</source>
        <translation>K&amp;urven</translation>
    </message>
    <message>
        <source>Could not remember the direction of %1: %2</source>
        <translation>Die Richtung von %1 ließ sich nicht speichern: %2</translation>
    </message>
    <message>
        <source>No runs to compare.</source>
        <translation>Keine Läufe zum Vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>runlens::CurvesPanel</name>
    <message>
        <source>Filter metrics</source>
        <translation>Metriken filtern</translation>
    </message>
    <message>
        <source>Show only the charts whose metric name contains this text</source>
        <translation>Nur die Diagramme zeigen, deren Metrikname diesen Text enthält</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Time since start</source>
        <translation>Zeit seit Start</translation>
    </message>
    <message>
        <source>What the horizontal axis shows</source>
        <translation>Was die waagrechte Achse zeigt</translation>
    </message>
    <message>
        <source>Log Y</source>
        <translation>Log. Y</translation>
    </message>
    <message>
        <source>Logarithmic vertical axis</source>
        <translation>Logarithmische senkrechte Achse</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>Exponentiell</translation>
    </message>
    <message>
        <source>Moving average</source>
        <translation>Gleitender Mittelwert</translation>
    </message>
    <message>
        <source>Exponential: TensorBoard&apos;s debiased moving average. Moving average: the mean of the points centred on each point.</source>
        <translation>Exponentiell: der entzerrte gleitende Durchschnitt von TensorBoard. Gleitender Mittelwert: der Mittelwert der Punkte um jeden Punkt herum.</translation>
    </message>
    <message>
        <source>How much to smooth the curves</source>
        <translation>Wie stark die Kurven geglättet werden</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Keep the unsmoothed curve, faint, behind the smoothed one</source>
        <translation>Die ungeglättete Kurve blass hinter der geglätteten zeigen</translation>
    </message>
    <message>
        <source>Draw runs that share a parameter or tag as one line: their mean with a band</source>
        <translation>Läufe mit gleichem Parameter oder Tag als eine Linie zeichnen: ihr Mittelwert mit einem Band</translation>
    </message>
    <message>
        <source>min–max</source>
        <translation>Min–Max</translation>
    </message>
    <message>
        <source>±1 std</source>
        <translation>±1 Std.-Abw.</translation>
    </message>
    <message>
        <source>The band around a group&apos;s mean</source>
        <translation>Das Band um den Mittelwert einer Gruppe</translation>
    </message>
    <message>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>Glättung:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>param %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Select runs in the table to see their learning curves.
Ctrl+click or Shift+click selects several; they are drawn together.</source>
        <translation>Läufe in der Tabelle auswählen, um ihre Lernkurven zu sehen.
Strg+Klick oder Umschalt+Klick wählt mehrere; sie werden zusammen gezeichnet.</translation>
    </message>
    <message>
        <source>The selected runs have not logged any metrics yet.
Curves appear here as soon as they do.</source>
        <translation>Die ausgewählten Läufe haben noch keine Metriken protokolliert.
Sobald sie es tun, erscheinen hier Kurven.</translation>
    </message>
    <message>
        <source>No metric name contains “%1”.</source>
        <translation>Kein Metrikname enthält „%1“.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 selected runs. </source>
        <translation>Gezeigt werden die ersten %1 von %2 ausgewählten Läufen. </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n Lauf)</numerusform>
            <numerusform>%1 (%n Läufe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Weight of the exponential moving average</source>
        <translation>Gewicht des exponentiellen gleitenden Durchschnitts</translation>
    </message>
    <message>
        <source>Points in the moving-average window</source>
        <translation>Punkte im Fenster des gleitenden Mittelwerts</translation>
    </message>
    <message>
        <source>Grouping needs X = Step or Time since start: the runs of a group ran at different times, so their mean at a clock time means nothing</source>
        <translation>Gruppieren braucht X = Schritt oder Zeit seit Start: Die Läufe einer Gruppe liefen zu verschiedenen Zeiten, ihr Mittelwert zu einer Uhrzeit sagt nichts aus</translation>
    </message>
    <message>
        <source>Not grouped while X is wall time: the runs of a group ran at different times, so their mean at a clock time means nothing. Choose Step or Time since start to group them.</source>
        <translation>Nicht gruppiert, solange X die Uhrzeit ist: Die Läufe einer Gruppe liefen zu verschiedenen Zeiten, ihr Mittelwert zu einer Uhrzeit sagt nichts aus. Zum Gruppieren Schritt oder Zeit seit Start wählen.</translation>
    </message>
</context>
<context>
    <name>runlens::DiagramEditing</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Run %1 is not in the open store.</source>
        <translation>Der Lauf %1 ist nicht im geöffneten Datenspeicher.</translation>
    </message>
    <message>
        <source>None of the dropped runs is in the open store.</source>
        <translation>Keiner der abgelegten Läufe ist im geöffneten Datenspeicher.</translation>
    </message>
</context>
<context>
    <name>runlens::DiagramEditor</name>
    <message>
        <source>Untitled diagram</source>
        <translation>Unbenanntes Diagramm</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>The template could not be made:
%1</source>
        <translation>Die Vorlage ließ sich nicht erstellen:
%1</translation>
    </message>
    <message>
        <source>New from Pipeline Run</source>
        <translation>Neu aus Pipeline-Lauf</translation>
    </message>
    <message>
        <source>Open a store first.</source>
        <translation>Zuerst einen Datenspeicher öffnen.</translation>
    </message>
    <message>
        <source>There is no run %1 in the open store.</source>
        <translation>Im geöffneten Datenspeicher gibt es keinen Lauf %1.</translation>
    </message>
    <message>
        <source>The run &quot;%1&quot; has no child runs and no pipeline description.</source>
        <translation>Der Lauf „%1“ hat weder untergeordnete Läufe noch eine Pipeline-Beschreibung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no pipeline description: its steps are its child runs in the order they started.</source>
        <translation>„%1“ hat keine Pipeline-Beschreibung: Seine Schritte sind seine untergeordneten Läufe in der Reihenfolge ihres Starts.</translation>
    </message>
    <message>
        <source>The pipeline diagram could not be made:
%1</source>
        <translation>Das Pipeline-Diagramm ließ sich nicht erstellen:
%1</translation>
    </message>
    <message>
        <source>Update from Pipeline Run</source>
        <translation>Aus Pipeline-Lauf aktualisieren</translation>
    </message>
    <message>
        <source>The pipeline run %1 is not in the open store.</source>
        <translation>Der Pipeline-Lauf %1 ist nicht im geöffneten Datenspeicher.</translation>
    </message>
    <message>
        <source>The diagram was not updated:
%1</source>
        <translation>Das Diagramm wurde nicht aktualisiert:
%1</translation>
    </message>
    <message>
        <source>Open Diagram</source>
        <translation>Diagramm öffnen</translation>
    </message>
    <message>
        <source>The diagram could not be opened:
%1</source>
        <translation>Das Diagramm ließ sich nicht öffnen:
%1</translation>
    </message>
    <message>
        <source>%1 could not be opened:
%2</source>
        <translation>%1 ließ sich nicht öffnen:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%2): %n node(s)</source>
        <translation>
            <numerusform>%1 (%2) importiert: %n Knoten</numerusform>
            <numerusform>%1 (%2) importiert: %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Imported with these notes:
%1</source>
        <translation>Mit diesen Hinweisen importiert:
%1</translation>
    </message>
    <message>
        <source>%1 could not be imported:
%2</source>
        <translation>%1 ließ sich nicht importieren:
%2</translation>
    </message>
    <message>
        <source>The text could not be imported:
%1</source>
        <translation>Der Text ließ sich nicht importieren:
%1</translation>
    </message>
    <message>
        <source>Save Diagram</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>The diagram was not saved:
%1</source>
        <translation>Das Diagramm wurde nicht gespeichert:
%1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; in the store</source>
        <translation>„%1“ im Datenspeicher gespeichert</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved Diagram</source>
        <translation>Ungespeichertes Diagramm</translation>
    </message>
    <message>
        <source>The diagram &quot;%1&quot; has changes. Save them?</source>
        <translation>Das Diagramm „%1“ hat Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Runlens diagrams (*.rldiagram *.json);;All files (*)</source>
        <translation>Runlens-Diagramme (*.rldiagram *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Diagram</source>
        <translation>Diagramm importieren</translation>
    </message>
    <message>
        <source>Diagrams (*.rldiagram *.json *.drawio *.xml *.mmd *.mermaid *.txt);;draw.io (*.drawio *.xml);;Mermaid (*.mmd *.mermaid *.txt);;All files (*)</source>
        <translation>Diagramme (*.rldiagram *.json *.drawio *.xml *.mmd *.mermaid *.txt);;draw.io (*.drawio *.xml);;Mermaid (*.mmd *.mermaid *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Diagram As</source>
        <translation>Diagramm speichern unter</translation>
    </message>
    <message>
        <source>Runlens diagrams (*.rldiagram)</source>
        <translation>Runlens-Diagramme (*.rldiagram)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>diagram</source>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>runlens::DiagramEditorActions</name>
    <message>
        <source>&amp;New Diagram</source>
        <translation>&amp;Neues Diagramm</translation>
    </message>
    <message>
        <source>A new empty diagram</source>
        <translation>Ein neues, leeres Diagramm</translation>
    </message>
    <message>
        <source>New from &amp;Pipeline Run</source>
        <translation>Neu aus &amp;Pipeline-Lauf</translation>
    </message>
    <message>
        <source>The diagram of the pipeline run chosen in the toolbar: its steps and their order</source>
        <translation>Das Diagramm des in der Werkzeugleiste gewählten Pipeline-Laufs: seine Schritte und ihre Reihenfolge</translation>
    </message>
    <message>
        <source>&amp;Update from Pipeline Run</source>
        <translation>Aus Pipeline-Lauf &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Bring this generated diagram in line with its run&apos;s pipeline description</source>
        <translation>Dieses erzeugte Diagramm mit der Pipeline-Beschreibung seines Laufs abgleichen</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a .rldiagram file</source>
        <translation>Eine .rldiagram-Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a Runlens, draw.io or Mermaid diagram</source>
        <translation>Ein Runlens-, draw.io- oder Mermaid-Diagramm importieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the diagram in the store</source>
        <translation>Das Diagramm im Datenspeicher speichern</translation>
    </message>
    <message>
        <source>Save &amp;As File…</source>
        <translation>Als &amp;Datei speichern…</translation>
    </message>
    <message>
        <source>Save the diagram as a .rldiagram file</source>
        <translation>Das Diagramm als .rldiagram-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export as PNG, SVG or PDF</source>
        <translation>Als PNG, SVG oder PDF exportieren</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Paste nodes (also Mermaid or draw.io text)</source>
        <translation>Knoten einfügen (auch Mermaid- oder draw.io-Text)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Edit Text</source>
        <translation>Text &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Edit the title or label in place</source>
        <translation>Titel oder Beschriftung direkt bearbeiten</translation>
    </message>
    <message>
        <source>Open &amp;Run</source>
        <translation>&amp;Lauf öffnen</translation>
    </message>
    <message>
        <source>Open the run the node shows</source>
        <translation>Den Lauf öffnen, den der Knoten zeigt</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <source>Align Centres &amp;Horizontally</source>
        <translation>Mitten &amp;waagrecht ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Align Centres &amp;Vertically</source>
        <translation>Mitten &amp;senkrecht ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Waagrecht verteilen</translation>
    </message>
    <message>
        <source>Equal gaps between three or more nodes</source>
        <translation>Gleiche Abstände zwischen drei oder mehr Knoten</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>&amp;Senkrecht verteilen</translation>
    </message>
    <message>
        <source>Automatic &amp;Layout</source>
        <translation>Automatische &amp;Anordnung</translation>
    </message>
    <message>
        <source>Arrange the nodes in layers from left to right with few crossings</source>
        <translation>Die Knoten in Schichten von links nach rechts mit wenigen Kreuzungen anordnen</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster einrasten</translation>
    </message>
    <message>
        <source>Moves and resizes stick to the grid</source>
        <translation>Verschieben und Größenänderungen rasten am Raster ein</translation>
    </message>
    <message>
        <source>&amp;Curved Edges</source>
        <translation>&amp;Gebogene Kanten</translation>
    </message>
    <message>
        <source>New edges (and the selected ones) are curved</source>
        <translation>Neue Kanten (und die ausgewählten) sind gebogen</translation>
    </message>
    <message>
        <source>Take Out of &amp;Group</source>
        <translation>Aus der &amp;Gruppe nehmen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>&amp;In Ansicht einpassen</translation>
    </message>
    <message>
        <source>Show the whole diagram</source>
        <translation>Das ganze Diagramm zeigen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Diagram</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Anordnen</translation>
    </message>
    <message>
        <source>Add &amp;Node</source>
        <translation>&amp;Knoten hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Put in &amp;Group</source>
        <translation>In &amp;Gruppe legen</translation>
    </message>
    <message>
        <source>(untitled group)</source>
        <translation>(unbenannte Gruppe)</translation>
    </message>
    <message>
        <source>New, open, import, save and export diagrams</source>
        <translation>Diagramme anlegen, öffnen, importieren, speichern und exportieren</translation>
    </message>
    <message>
        <source>Clipboard, selection and text</source>
        <translation>Zwischenablage, Auswahl und Text</translation>
    </message>
    <message>
        <source>Align, distribute, automatic layout and the grid</source>
        <translation>Ausrichten, verteilen, automatische Anordnung und Raster</translation>
    </message>
    <message>
        <source>Zoom; click for 100 %</source>
        <translation>Zoom; Klick für 100 %</translation>
    </message>
    <message>
        <source> Pipeline run: </source>
        <translation> Pipeline-Lauf: </translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>&amp;Ausrichten</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
</context>
<context>
    <name>runlens::DiagramList</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New empty diagram in the store</source>
        <translation>Neues, leeres Diagramm im Datenspeicher</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Geändert %1</translation>
    </message>
    <message>
        <source>Generated from pipeline run %1</source>
        <translation>Aus dem Pipeline-Lauf %1 erzeugt</translation>
    </message>
    <message>
        <source>Untitled diagram</source>
        <translation>Unbenanntes Diagramm</translation>
    </message>
    <message>
        <source>Delete Diagram</source>
        <translation>Diagramm löschen</translation>
    </message>
    <message>
        <source>Delete the diagram &quot;%1&quot; from the store? This cannot be undone.</source>
        <translation>Das Diagramm „%1“ aus dem Datenspeicher löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>runlens::DiagramPalette</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Drag onto the canvas, or double-click to add.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Auf die Zeichenfläche ziehen oder doppelklicken, um hinzuzufügen.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>runlens::DiagramProperties</name>
    <message>
        <source>The diagram&apos;s name in the store and in reports</source>
        <translation>Der Name des Diagramms im Datenspeicher und in Berichten</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Select a node to name it, change its kind or bind it to runs. Drop runs from the runs table onto a node to bind them.</source>
        <translation>Einen Knoten auswählen, um ihn zu benennen, seine Art zu ändern oder ihn an Läufe zu binden. Läufe aus der Lauftabelle auf einen Knoten ziehen, um sie zu binden.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Pipeline step</source>
        <translation>Pipeline-Schritt</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Experiment (newest run)</source>
        <translation>Experiment (neuester Lauf)</translation>
    </message>
    <message>
        <source>What the node shows from the store</source>
        <translation>Was der Knoten aus dem Datenspeicher zeigt</translation>
    </message>
    <message>
        <source>Bound to:</source>
        <translation>Gebunden an:</translation>
    </message>
    <message>
        <source>Step name (the child run&apos;s name), run id or experiment name</source>
        <translation>Schrittname (Name des untergeordneten Laufs), Lauf-Id oder Experimentname</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>The metric whose latest value and curve the node shows; empty = the run&apos;s first</source>
        <translation>Die Metrik, deren neuesten Wert und Kurve der Knoten zeigt; leer = die erste des Laufs</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Beschriftung:</translation>
    </message>
    <message>
        <source>Orthogonal</source>
        <translation>Rechtwinklig</translation>
    </message>
    <message>
        <source>Curved</source>
        <translation>Gebogen</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>Linienführung:</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n Kante</numerusform>
            <numerusform>%n Kanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · &lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt; · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · &lt;span style=&apos;color:%2&apos;&gt;%3&lt;/span&gt; · %4</translation>
    </message>
    <message>
        <source>The change was not made:
%1</source>
        <translation>Die Änderung wurde nicht vorgenommen:
%1</translation>
    </message>
    <message>
        <source>first: %1</source>
        <translation>erste: %1</translation>
    </message>
    <message>
        <source>There is no run %1 in the open store.</source>
        <translation>Im geöffneten Datenspeicher gibt es keinen Lauf %1.</translation>
    </message>
</context>
<context>
    <name>runlens::DiagramRunBinder</name>
    <message>
        <source>run %1 not found</source>
        <translation>Lauf %1 nicht gefunden</translation>
    </message>
    <message>
        <source>no runs in &quot;%1&quot;</source>
        <translation>keine Läufe in „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Newest of %n run(s) in experiment &quot;%1&quot;</source>
        <translation>
            <numerusform>Neuester von %n Lauf im Experiment „%1“</numerusform>
            <numerusform>Neuester von %n Läufen im Experiment „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>pipeline run %1 not found</source>
        <translation>Pipeline-Lauf %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Experiment %1 · run %2</source>
        <translation>Experiment %1 · Lauf %2</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click to open the run</source>
        <translation>Doppelklick öffnet den Lauf</translation>
    </message>
    <message>
        <source>choose a pipeline run</source>
        <translation>Pipeline-Lauf wählen</translation>
    </message>
    <message>
        <source>Step &quot;%1&quot;: choose a pipeline run in the toolbar, and this box shows its child run named &quot;%1&quot;.</source>
        <translation>Schritt „%1“: In der Werkzeugleiste einen Pipeline-Lauf wählen; dieser Kasten zeigt dann dessen untergeordneten Lauf namens „%1“.</translation>
    </message>
    <message>
        <source>no step &quot;%1&quot;</source>
        <translation>kein Schritt „%1“</translation>
    </message>
    <message>
        <source>The pipeline run &quot;%1&quot; has no child run named &quot;%2&quot;.</source>
        <translation>Der Pipeline-Lauf „%1“ hat keinen untergeordneten Lauf namens „%2“.</translation>
    </message>
</context>
<context>
    <name>runlens::DiagramRunChooser</name>
    <message>
        <source>Pipeline run: every step node shows the child run named after its step</source>
        <translation>Pipeline-Lauf: Jeder Schrittknoten zeigt den untergeordneten Lauf, der nach seinem Schritt benannt ist</translation>
    </message>
    <message>
        <source>(no pipeline run)</source>
        <translation>(kein Pipeline-Lauf)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
</context>
<context>
    <name>runlens::DiagramSession</name>
    <message>
        <source>Untitled diagram</source>
        <translation>Unbenanntes Diagramm</translation>
    </message>
    <message>
        <source>Open a store first.</source>
        <translation>Zuerst einen Datenspeicher öffnen.</translation>
    </message>
</context>
<context>
    <name>runlens::ExperimentsPanel</name>
    <message>
        <source>Show archived</source>
        <translation>Archivierte zeigen</translation>
    </message>
    <message>
        <source>Also list archived experiments, and show archived runs in the table</source>
        <translation>Auch archivierte Experimente auflisten und archivierte Läufe in der Tabelle zeigen</translation>
    </message>
    <message>
        <source>All experiments (%1)</source>
        <translation>Alle Experimente (%1)</translation>
    </message>
    <message>
        <source>%1 (%2, archived)</source>
        <translation>%1 (%2, archiviert)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unarchive Experiment</source>
        <translation>Experiment aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Archive Experiment</source>
        <translation>Experiment archivieren</translation>
    </message>
</context>
<context>
    <name>runlens::ImportDialog</name>
    <message>
        <source>Import Runs</source>
        <translation>Läufe importieren</translation>
    </message>
    <message>
        <source>Looking for MLflow, TensorBoard and CSV logs…</source>
        <translation>Suche nach MLflow-, TensorBoard- und CSV-Protokollen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the run being written; runs imported so far stay</source>
        <translation>Nach dem gerade geschriebenen Lauf anhalten; bisher importierte Läufe bleiben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Importing… %n run(s) so far</source>
        <translation>
            <numerusform>Import läuft… bisher %n Lauf</numerusform>
            <numerusform>Import läuft… bisher %n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %1… %n run(s) so far</source>
        <translation>
            <numerusform>Importiere %1… bisher %n Lauf</numerusform>
            <numerusform>Importiere %1… bisher %n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: finishing the run being written…</source>
        <translation>Abbruch: Der gerade geschriebene Lauf wird abgeschlossen…</translation>
    </message>
    <message>
        <source>The import stopped because the store could not be written.</source>
        <translation>Der Import wurde angehalten, weil der Datenspeicher nicht geschrieben werden konnte.</translation>
    </message>
    <message>
        <source>Import cancelled. Runs imported before that stay in the store.</source>
        <translation>Import abgebrochen. Vorher importierte Läufe bleiben im Datenspeicher.</translation>
    </message>
    <message>
        <source>Nothing could be imported.</source>
        <translation>Es ließ sich nichts importieren.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s)</source>
        <translation>
            <numerusform>%n Lauf importiert</numerusform>
            <numerusform>%n Läufe importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 points, %2 params, %3 artifact files</source>
        <translation>%1 Punkte, %2 Parameter, %3 Artefaktdateien</translation>
    </message>
    <message>
        <source>Store error:</source>
        <translation>Fehler des Datenspeichers:</translation>
    </message>
    <message numerus="yes">
        <source>Already in the store: %n run(s) skipped</source>
        <translation>
            <numerusform>Schon im Datenspeicher: %n Lauf übersprungen</numerusform>
            <numerusform>Schon im Datenspeicher: %n Läufe übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the same files again adds nothing.</source>
        <translation>Dieselben Dateien erneut zu importieren fügt nichts hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped or left out (%n):</source>
        <translation>
            <numerusform>Übersprungen oder ausgelassen (%n):</numerusform>
            <numerusform>Übersprungen oder ausgelassen (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>runlens::ImportanceChart</name>
    <message>
        <source>increase of the squared error of %1 when the param is shuffled</source>
        <translation>Zunahme des quadratischen Fehlers von %1, wenn der Parameter gemischt wird</translation>
    </message>
    <message>
        <source>%1
importance %2 ± %3 (share %4 %)</source>
        <translation>%1
Wichtigkeit %2 ± %3 (Anteil %4 %)</translation>
    </message>
</context>
<context>
    <name>runlens::ImportanceModel</name>
    <message numerus="yes">
        <source>%1 (%n value(s))</source>
        <translation>
            <numerusform>%1 (%n Wert)</numerusform>
            <numerusform>%1 (%n Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>This param&apos;s share of the summed importance of all params.</source>
        <translation>Der Anteil dieses Parameters an der summierten Wichtigkeit aller Parameter.</translation>
    </message>
    <message>
        <source>How much the squared error of the model grows when %1 is shuffled across runs (mean ± spread over the shuffles).</source>
        <translation>Wie stark der quadratische Fehler des Modells wächst, wenn %1 über die Läufe gemischt wird (Mittelwert ± Streuung über die Mischungen).</translation>
    </message>
    <message>
        <source>Linear correlation with the metric, over the runs that have the param.</source>
        <translation>Lineare Korrelation mit der Metrik, über die Läufe mit diesem Parameter.</translation>
    </message>
    <message>
        <source>Rank correlation with the metric: any monotonic relation, robust to outliers.</source>
        <translation>Rangkorrelation mit der Metrik: jeder monotone Zusammenhang, robust gegen Ausreißer.</translation>
    </message>
    <message>
        <source>Correlation ratio η: share of the metric&apos;s spread between the values of the param.</source>
        <translation>Korrelationsverhältnis η: Anteil der Streuung der Metrik zwischen den Werten des Parameters.</translation>
    </message>
    <message>
        <source>Ridge coefficient: change of the metric per standard deviation of the param, the other params held fixed.</source>
        <translation>Ridge-Koeffizient: Änderung der Metrik je Standardabweichung des Parameters bei festgehaltenen anderen Parametern.</translation>
    </message>
    <message>
        <source>Runs without this param (filled with the mean, or the value &quot;(missing)&quot;).</source>
        <translation>Läufe ohne diesen Parameter (mit dem Mittelwert oder dem Wert „(missing)“ aufgefüllt).</translation>
    </message>
    <message>
        <source>Param</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Importance ± std</source>
        <translation>Wichtigkeit ± Std.-Abw.</translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation>Pearson r</translation>
    </message>
    <message>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <source>η (categories)</source>
        <translation>η (Kategorien)</translation>
    </message>
    <message>
        <source>Ridge coef.</source>
        <translation>Ridge-Koeff.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
</context>
<context>
    <name>runlens::ImportanceView</name>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <source>Correlation is not causation; the model is linear and misses interactions. See docs/statistics.md for the method and its limits.</source>
        <translation>Korrelation ist keine Ursache; das Modell ist linear und übersieht Wechselwirkungen. Verfahren und Grenzen: docs/statistics.md.</translation>
    </message>
    <message>
        <source>These runs logged no metrics.</source>
        <translation>Diese Läufe haben keine Metriken protokolliert.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) used</source>
        <translation>
            <numerusform>%n Lauf verwendet</numerusform>
            <numerusform>%n Läufe verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (no finite value)</source>
        <translation>
            <numerusform>%n übersprungen (kein endlicher Wert)</numerusform>
            <numerusform>%n übersprungen (kein endlicher Wert)</numerusform>
        </translation>
    </message>
    <message>
        <source>leave-one-out R² = %1</source>
        <translation>Leave-one-out-R² = %1</translation>
    </message>
    <message>
        <source>ridge λ = %1</source>
        <translation>Ridge-λ = %1</translation>
    </message>
    <message>
        <source>constant: %1</source>
        <translation>konstant: %1</translation>
    </message>
    <message>
        <source>left out (a value per run): %1</source>
        <translation>ausgelassen (ein Wert je Lauf): %1</translation>
    </message>
    <message>
        <source>Include &amp;seeds</source>
        <translation>&amp;Seeds einbeziehen</translation>
    </message>
    <message>
        <source>Also weigh params that only tell repeats of one config apart (%1). A seed that seems to matter says the configs are noisy, not that the seed is a setting.</source>
        <translation>Auch Parameter gewichten, die nur Wiederholungen einer Konfiguration unterscheiden (%1). Ein Seed, der wichtig scheint, zeigt verrauschte Konfigurationen, keine Einstellung.</translation>
    </message>
    <message>
        <source>left out (only tells repeats of a config apart): %1</source>
        <translation>weggelassen (unterscheidet nur Wiederholungen einer Konfiguration): %1</translation>
    </message>
</context>
<context>
    <name>runlens::MainWindow</name>
    <message>
        <source>Runlens</source>
        <translation>Runlens</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Run Details</source>
        <translation>Laufdetails</translation>
    </message>
    <message>
        <source>Learning Curves</source>
        <translation>Lernkurven</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Runlens</source>
        <translation>Ü&amp;ber Runlens</translation>
    </message>
    <message>
        <source>About Runlens</source>
        <translation>Über Runlens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Runlens %1&lt;/h3&gt;&lt;p&gt;A desktop experiment tracker for machine-learning runs: a local SQLite store, live learning curves, comparisons and pipeline diagrams.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Runlens %1&lt;/h3&gt;&lt;p&gt;Ein Experiment-Tracker für Läufe des maschinellen Lernens auf dem Desktop: ein lokaler SQLite-Datenspeicher, Lernkurven in Echtzeit, Vergleiche und Pipeline-Diagramme.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>Ordner &amp;importieren…</translation>
    </message>
    <message>
        <source>Import MLflow, TensorBoard or CSV logs from a folder</source>
        <translation>MLflow-, TensorBoard- oder CSV-Protokolle aus einem Ordner importieren</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>&amp;Dateien importieren…</translation>
    </message>
    <message>
        <source>Fill with &amp;Demo Runs</source>
        <translation>Mit &amp;Demo-Läufen füllen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Type a query in the query bar</source>
        <translation>Eine Abfrage in die Abfrageleiste eingeben</translation>
    </message>
    <message>
        <source>Filter by &amp;Text</source>
        <translation>Nach &amp;Text filtern</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Archived</source>
        <translation>&amp;Archivierte zeigen</translation>
    </message>
    <message>
        <source>Choose &amp;Columns…</source>
        <translation>&amp;Spalten wählen…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>Neu geladen</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Kein Datenspeicher geöffnet</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>The store is watched: new runs, points and statuses appear by themselves.</source>
        <translation>Der Datenspeicher wird beobachtet: Neue Läufe, Punkte und Zustände erscheinen von selbst.</translation>
    </message>
    <message>
        <source>Training demo models…</source>
        <translation>Demo-Modelle werden trainiert…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Logs (*.csv *.tfevents* events.out.*);;All files (*)</source>
        <translation>Protokolle (*.csv *.tfevents* events.out.*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Sync Runs…</source>
        <translation>Läufe &amp;abgleichen…</translation>
    </message>
    <message>
        <source>Bring runs from another store into this one, or the other way</source>
        <translation>Läufe aus einem anderen Datenspeicher in diesen holen oder umgekehrt</translation>
    </message>
</context>
<context>
    <name>runlens::MetricChart</name>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n Lauf)</numerusform>
            <numerusform>%1 (%n Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>The chart could not be saved:
%1</source>
        <translation>Das Diagramm konnte nicht gespeichert werden:
%1</translation>
    </message>
</context>
<context>
    <name>runlens::NotesDialog</name>
    <message>
        <source>Notes of %1</source>
        <translation>Notizen zu %1</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, - lists, [links](https://…), `code`</source>
        <translation>Markdown: **fett**, *kursiv*, - Listen, [Links](https://…), `Code`</translation>
    </message>
    <message>
        <source>Write the notes on the left; the right side shows how they read.</source>
        <translation>Links die Notizen schreiben; rechts steht, wie sie sich lesen.</translation>
    </message>
</context>
<context>
    <name>runlens::ParallelCoordinatesPlot</name>
    <message>
        <source> (log)</source>
        <translation> (log)</translation>
    </message>
    <message>
        <source>Choose params and a metric to draw.</source>
        <translation>Parameter und eine Metrik zum Zeichnen wählen.</translation>
    </message>
    <message>
        <source>Drag along an axis to select a range of runs.</source>
        <translation>Entlang einer Achse ziehen, um einen Bereich von Läufen auszuwählen.</translation>
    </message>
    <message>
        <source>%1 of %2 runs selected · click an axis to clear its range, Esc clears all</source>
        <translation>%1 von %2 Läufen ausgewählt · Klick auf eine Achse löscht ihren Bereich, Esc löscht alle</translation>
    </message>
</context>
<context>
    <name>runlens::ParallelCoordinatesView</name>
    <message>
        <source>Tick the params to draw as axes</source>
        <translation>Die Parameter ankreuzen, die als Achsen gezeichnet werden</translation>
    </message>
    <message>
        <source>&amp;Params:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <source>&amp;Clear selection</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <source>Remove every brushed range (Esc in the plot)</source>
        <translation>Alle markierten Bereiche entfernen (Esc im Diagramm)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 runs selected</source>
        <translation>%1 von %2 Läufen ausgewählt</translation>
    </message>
</context>
<context>
    <name>runlens::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>A new language takes effect when Runlens starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Runlens.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>Restart Runlens to use the new language.</source>
        <translation>Runlens neu starten, um die neue Sprache zu verwenden.</translation>
    </message>
</context>
<context>
    <name>runlens::QueryBar</name>
    <message>
        <source>Query, e.g. params.lr &lt; 0.1 and metrics.`val/acc` &gt; 0.9</source>
        <translation>Abfrage, z. B. params.lr &lt; 0.1 and metrics.`val/acc` &gt; 0.9</translation>
    </message>
    <message>
        <source>Filter runs with the query language: fields metrics.KEY, params.KEY, tags.KEY, name, status, experiment, id; operators = != &lt; &lt;= &gt; &gt;= ~; and, or, not, parentheses.
Ctrl+Space completes, Up/Down recall earlier queries.</source>
        <translation>Läufe mit der Abfragesprache filtern: Felder metrics.KEY, params.KEY, tags.KEY, name, status, experiment, id; Operatoren = != &lt; &lt;= &gt; &gt;= ~; and, or, not, Klammern.
Strg+Leertaste ergänzt, Auf/Ab holt frühere Abfragen zurück.</translation>
    </message>
    <message>
        <source>Earlier queries</source>
        <translation>Frühere Abfragen</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>Filter runs with the query language. Ctrl+Space completes, Up/Down recall earlier queries.</source>
        <translation>Läufe mit der Abfragesprache filtern. Strg+Leertaste ergänzt, Auf/Ab holt frühere Abfragen zurück.</translation>
    </message>
    <message>
        <source>No earlier queries</source>
        <translation>Keine früheren Abfragen</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf löschen</translation>
    </message>
</context>
<context>
    <name>runlens::QueryErrorText</name>
    <message>
        <source>metrics.KEY, params.KEY, tags.KEY, name, status, experiment or id</source>
        <translation>metrics.SCHLÜSSEL, params.SCHLÜSSEL, tags.SCHLÜSSEL, name, status, experiment oder id</translation>
    </message>
    <message>
        <source>running, finished, failed, killed or crashed</source>
        <translation>running, finished, failed, killed oder crashed</translation>
    </message>
    <message>
        <source>expected %1 after &apos;%2&apos;, found &apos;%3&apos;</source>
        <translation>nach „%2“ wird %1 erwartet, gefunden: „%3“</translation>
    </message>
    <message>
        <source>expected %1 after &apos;%2&apos;</source>
        <translation>nach „%2“ wird %1 erwartet</translation>
    </message>
    <message>
        <source>expected %1, found &apos;%2&apos;</source>
        <translation>erwartet wird %1, gefunden: „%2“</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet wird %1</translation>
    </message>
    <message>
        <source>unterminated string: the closing %1 is missing</source>
        <translation>Zeichenkette nicht abgeschlossen: das schließende %1 fehlt</translation>
    </message>
    <message>
        <source>unterminated backquoted key: the closing ` is missing</source>
        <translation>Schlüssel in Backquotes nicht abgeschlossen: das schließende ` fehlt</translation>
    </message>
    <message>
        <source>unexpected character &apos;!&apos; (use &apos;not&apos; to negate, &apos;!=&apos; to compare)</source>
        <translation>unerwartetes Zeichen „!“ (zum Verneinen „not“, zum Vergleichen „!=“ verwenden)</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <source>&apos;and&apos;, &apos;or&apos; or the end of the query</source>
        <translation>„and“, „or“ oder das Ende der Abfrage</translation>
    </message>
    <message>
        <source>%1; the &apos;(&apos; in column %2 is not closed</source>
        <translation>%1; die „(“ in Spalte %2 wird nicht geschlossen</translation>
    </message>
    <message>
        <source>&apos;)&apos;</source>
        <translation>„)“</translation>
    </message>
    <message>
        <source>an operator (=, !=, &lt;, &lt;=, &gt;, &gt;=, ~)</source>
        <translation>ein Operator (=, !=, &lt;, &lt;=, &gt;, &gt;=, ~)</translation>
    </message>
    <message>
        <source>a value (a number, a &apos;quoted string&apos; or a word)</source>
        <translation>ein Wert (eine Zahl, ein &apos;Text in Anführungszeichen&apos; oder ein Wort)</translation>
    </message>
    <message>
        <source>a field (%1)</source>
        <translation>ein Feld (%1)</translation>
    </message>
    <message>
        <source>unmatched &apos;)&apos;: there is no &apos;(&apos; for it to close</source>
        <translation>„)“ ohne Gegenstück: keine „(“ ist offen, die sie schließen könnte</translation>
    </message>
    <message>
        <source>the query is nested too deeply (more than %1 levels of parentheses and &apos;not&apos;)</source>
        <translation>die Abfrage ist zu tief verschachtelt (mehr als %1 Ebenen aus Klammern und „not“)</translation>
    </message>
    <message>
        <source>expected a key after &apos;%1&apos;, e.g. %1loss or %1`val/acc`</source>
        <translation>nach „%1“ wird ein Schlüssel erwartet, z. B. %1loss oder %1`val/acc`</translation>
    </message>
    <message>
        <source>expected a key after &apos;%1&apos;, found empty backquotes</source>
        <translation>nach „%1“ wird ein Schlüssel erwartet, gefunden: leere Backquotes</translation>
    </message>
    <message>
        <source>a key must start with a letter or &apos;_&apos; unless it is in backquotes: %1</source>
        <translation>ein Schlüssel muss mit einem Buchstaben oder „_“ beginnen oder in Backquotes stehen: %1</translation>
    </message>
    <message>
        <source>expected &apos;.&apos; and a key after &apos;%1&apos;, e.g. %2.KEY</source>
        <translation>nach „%1“ werden „.“ und ein Schlüssel erwartet, z. B. %2.SCHLÜSSEL</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekanntes Feld „%1“; war „%2“ gemeint?</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;; use one of %2</source>
        <translation>unbekanntes Feld „%1“; möglich sind %2</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;; use one of %2</source>
        <translation>unbekannter Status „%1“; möglich sind %2</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (did you mean &apos;%2&apos;?); use one of %3</source>
        <translation>unbekannter Status „%1“ (war „%2“ gemeint?); möglich sind %3</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>unbalanced parenthesis: &apos;)&apos; without &apos;(&apos;</source>
        <translation>unausgeglichene Klammern: „)“ ohne „(“</translation>
    </message>
    <message>
        <source>groups nested more than %1 deep</source>
        <translation>Gruppen mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>nothing to repeat before &apos;%1&apos;</source>
        <translation>vor „%1“ steht nichts, das sich wiederholen ließe</translation>
    </message>
    <message>
        <source>nothing to repeat: an anchor cannot be repeated</source>
        <translation>nichts zu wiederholen: ein Anker lässt sich nicht wiederholen</translation>
    </message>
    <message>
        <source>multiple repeat: a repeat cannot be repeated without a group</source>
        <translation>doppelte Wiederholung: eine Wiederholung lässt sich nur als Gruppe wiederholen</translation>
    </message>
    <message>
        <source>&apos;{&apos; must start a repeat count {m}, {m,} or {m,n}; write \{ for a brace</source>
        <translation>„{“ muss eine Wiederholungsangabe {m}, {m,} oder {m,n} beginnen; für eine geschweifte Klammer \{ schreiben</translation>
    </message>
    <message>
        <source>repeat counts above %1 are not supported</source>
        <translation>Wiederholungen über %1 werden nicht unterstützt</translation>
    </message>
    <message>
        <source>bad repeat count {%1,%2}: the maximum is below the minimum</source>
        <translation>ungültige Wiederholungsangabe {%1,%2}: das Maximum liegt unter dem Minimum</translation>
    </message>
    <message>
        <source>look-around, named groups and inline flags (&apos;(?&apos;) are not supported</source>
        <translation>Look-around, benannte Gruppen und Inline-Flags („(?“) werden nicht unterstützt</translation>
    </message>
    <message>
        <source>missing &apos;)&apos;: a group is not closed</source>
        <translation>„)“ fehlt: eine Gruppe wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the pattern ends with a lone backslash</source>
        <translation>das Muster endet mit einem einzelnen Backslash</translation>
    </message>
    <message>
        <source>back-references such as \1 are not supported</source>
        <translation>Rückverweise wie \1 werden nicht unterstützt</translation>
    </message>
    <message>
        <source>unsupported escape \%1</source>
        <translation>nicht unterstützte Escape-Sequenz \%1</translation>
    </message>
    <message>
        <source>an empty class &apos;[]&apos;; write \] for a bracket</source>
        <translation>eine leere Klasse „[]“; für eine eckige Klammer \] schreiben</translation>
    </message>
    <message>
        <source>missing &apos;]&apos;: a class is not closed</source>
        <translation>„]“ fehlt: eine Klasse wird nicht geschlossen</translation>
    </message>
    <message>
        <source>a range in a class must be between two single characters</source>
        <translation>ein Bereich in einer Klasse muss zwischen zwei einzelnen Zeichen liegen</translation>
    </message>
    <message>
        <source>bad range in a class: the end is before the start</source>
        <translation>ungültiger Bereich in einer Klasse: das Ende liegt vor dem Anfang</translation>
    </message>
    <message>
        <source>unsupported escape \b inside a class</source>
        <translation>die Escape-Sequenz \b wird in einer Klasse nicht unterstützt</translation>
    </message>
    <message>
        <source>the pattern is too large (more than %1 steps once repeats are written out)</source>
        <translation>das Muster ist zu groß (mehr als %1 Schritte, wenn die Wiederholungen ausgeschrieben sind)</translation>
    </message>
    <message>
        <source>the pattern is longer than %1 bytes</source>
        <translation>das Muster ist länger als %1 Byte</translation>
    </message>
</context>
<context>
    <name>runlens::ReportBuilder</name>
    <message>
        <source>Runlens report</source>
        <translation>Runlens-Bericht</translation>
    </message>
    <message>
        <source>The baseline %1 is not one of the report&apos;s runs.</source>
        <translation>Die Referenz %1 gehört nicht zu den Läufen des Berichts.</translation>
    </message>
    <message>
        <source>The baseline %1 matches several runs; give more of its id.</source>
        <translation>Die Referenz %1 passt zu mehreren Läufen; mehr von ihrer Id angeben.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>(all runs)</source>
        <translation>(alle Läufe)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%n Lauf in %1</numerusform>
            <numerusform>%n Läufe in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n experiment(s)</source>
        <translation>
            <numerusform>%n Experiment</numerusform>
            <numerusform>%n Experimente</numerusform>
        </translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>configurations: runs that differ only in their seed are one column</source>
        <translation>Konfigurationen: Läufe, die sich nur im Seed unterscheiden, bilden eine Spalte</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Runlens %1</source>
        <translation>Runlens %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No runs were selected, so this report has nothing to show. Select runs in the runs table, or give a query that matches some.</source>
        <translation>Es wurden keine Läufe ausgewählt, daher zeigt dieser Bericht nichts. Läufe in der Lauftabelle auswählen oder eine passende Abfrage angeben.</translation>
    </message>
    <message>
        <source>No run matches the query “%1”, so this report has nothing to show.</source>
        <translation>Kein Lauf passt zur Abfrage „%1“, daher zeigt dieser Bericht nichts.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>runlens::ReportCurveFigure</name>
    <message numerus="yes">
        <source>Learning curve of %1 for %n run(s)</source>
        <translation>
            <numerusform>Lernkurve von %1 für %n Lauf</numerusform>
            <numerusform>Lernkurve von %1 für %n Läufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runlens::ReportDiagramFigure</name>
    <message>
        <source>Pipeline diagram %1</source>
        <translation>Pipeline-Diagramm %1</translation>
    </message>
</context>
<context>
    <name>runlens::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>No runs are selected: the report will only say so.</source>
        <translation>Keine Läufe ausgewählt: Der Bericht wird nur das sagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) will be in the report.</source>
        <translation>
            <numerusform>%n Lauf wird im Bericht stehen.</numerusform>
            <numerusform>%n Läufe werden im Bericht stehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Paper and comparison</source>
        <translation>Papier und Vergleich</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>Each run</source>
        <translation>Jeder Lauf</translation>
    </message>
    <message>
        <source>Configurations (seeds together)</source>
        <translation>Konfigurationen (Seeds zusammen)</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Vergleichen:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>report.pdf or report.html</source>
        <translation>report.pdf oder report.html</translation>
    </message>
    <message>
        <source>A .pdf file for paper, a .html file for a self-contained web page.</source>
        <translation>Eine .pdf-Datei für Papier, eine .html-Datei für eine eigenständige Webseite.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Open the file when done</source>
        <translation>Datei nach Abschluss ö&amp;ffnen</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Web page (*.html)</source>
        <translation>PDF-Dokument (*.pdf);;Webseite (*.html)</translation>
    </message>
    <message>
        <source>The file name must end in .pdf or .html.</source>
        <translation>Der Dateiname muss auf .pdf oder .html enden.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing the report… %1</source>
        <translation>Der Bericht wird geschrieben… %1</translation>
    </message>
    <message>
        <source>The report was not written.
%1</source>
        <translation>Der Bericht wurde nicht geschrieben.
%1</translation>
    </message>
    <message>
        <source>Automatic (finished runs with finite metrics, most runs)</source>
        <translation>Automatisch (beendete Läufe mit endlichen Metriken, die meisten Läufe)</translation>
    </message>
</context>
<context>
    <name>runlens::ReportExporter</name>
    <message>
        <source>Cannot tell the format of %1: the file name must end in .pdf or .html.</source>
        <translation>Das Format von %1 ist unklar: Der Dateiname muss auf .pdf oder .html enden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>runlens::ReportHtmlWriter</name>
    <message>
        <source>RUNLENS REPORT</source>
        <translation>RUNLENS-BERICHT</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Made with Runlens %1 on %2</source>
        <translation>Erstellt mit Runlens %1 am %2</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
</context>
<context>
    <name>runlens::ReportPageFlow</name>
    <message>
        <source>RUNLENS REPORT</source>
        <translation>RUNLENS-BERICHT</translation>
    </message>
</context>
<context>
    <name>runlens::ReportPdfWriter</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF ließ sich nicht beginnen.</translation>
    </message>
    <message>
        <source>The PDF could not get page %1.</source>
        <translation>Das PDF bekam keine Seite %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Das PDF ließ sich nicht abschließen.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Runlens</source>
        <translation>Runlens</translation>
    </message>
</context>
<context>
    <name>runlens::ReportSections</name>
    <message>
        <source>Title page</source>
        <translation>Titelseite</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Learning curves</source>
        <translation>Lernkurven</translation>
    </message>
    <message>
        <source>Per-slice results</source>
        <translation>Ergebnisse je Teilmenge</translation>
    </message>
    <message>
        <source>Pipeline diagram</source>
        <translation>Pipeline-Diagramm</translation>
    </message>
    <message>
        <source>Run notes</source>
        <translation>Notizen der Läufe</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Kein Datenspeicher geöffnet.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>None of the runs stored artifacts.</source>
        <translation>Keiner der Läufe hat Artefakte gespeichert.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message numerus="yes">
        <source>%n more image(s) not drawn.</source>
        <translation>
            <numerusform>%n weiteres Bild nicht gezeichnet.</numerusform>
            <numerusform>%n weitere Bilder nicht gezeichnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not compared)</source>
        <translation>(nicht verglichen)</translation>
    </message>
    <message numerus="yes">
        <source>%n more run(s): their colours are in the runs table.</source>
        <translation>
            <numerusform>%n weiterer Lauf: seine Farbe steht in der Lauftabelle.</numerusform>
            <numerusform>%n weitere Läufe: ihre Farben stehen in der Lauftabelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the runs logged a metric series, so there are no curves.</source>
        <translation>Keiner der Läufe hat eine Metrikreihe protokolliert, daher gibt es keine Kurven.</translation>
    </message>
    <message>
        <source>The charts draw %1 of the %2 runs (the baseline and the first ones).</source>
        <translation>Die Diagramme zeichnen %1 der %2 Läufe (die Referenz und die ersten).</translation>
    </message>
    <message>
        <source>Curves are smoothed as in the app; the raw values are drawn faintly behind.</source>
        <translation>Die Kurven sind wie in der App geglättet; die Rohwerte sind blass dahinter gezeichnet.</translation>
    </message>
    <message>
        <source>Curves are smoothed as in the app.</source>
        <translation>Die Kurven sind wie in der App geglättet.</translation>
    </message>
    <message numerus="yes">
        <source>%n more metric(s) not drawn: %1.</source>
        <translation>
            <numerusform>%n weitere Metrik nicht gezeichnet: %1.</numerusform>
            <numerusform>%n weitere Metriken nicht gezeichnet: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every metric of these runs is a single value (see the Metrics section), so there are no curves to draw.</source>
        <translation>Jede Metrik dieser Läufe ist ein einzelner Wert (siehe Abschnitt Metriken), daher gibt es keine Kurven zu zeichnen.</translation>
    </message>
    <message>
        <source>Each line is the mean of a configuration&apos;s runs, with a band of ± one standard deviation.</source>
        <translation>Jede Linie ist der Mittelwert der Läufe einer Konfiguration, mit einem Band von ± einer Standardabweichung.</translation>
    </message>
    <message>
        <source>Each line is the mean of a configuration&apos;s runs, with a band from their minimum to their maximum.</source>
        <translation>Jede Linie ist der Mittelwert der Läufe einer Konfiguration, mit einem Band von ihrem Minimum bis zu ihrem Maximum.</translation>
    </message>
    <message>
        <source>Logged once per run, so not drawn: %1.</source>
        <translation>Einmal je Lauf protokolliert, daher nicht gezeichnet: %1.</translation>
    </message>
    <message>
        <source>A diagram could not be drawn: %1</source>
        <translation>Ein Diagramm ließ sich nicht zeichnen: %1</translation>
    </message>
    <message>
        <source>None of the runs belongs to a pipeline with a diagram.</source>
        <translation>Keiner der Läufe gehört zu einer Pipeline mit Diagramm.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Δ vs baseline</source>
        <translation>Δ zur Referenz</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>None of the runs logged a metric.</source>
        <translation>Keiner der Läufe hat eine Metrik protokolliert.</translation>
    </message>
    <message>
        <source>Groups show mean ± standard deviation over their runs and the 95 % confidence interval of the mean.</source>
        <translation>Gruppen zeigen Mittelwert ± Standardabweichung über ihre Läufe und das 95-%-Konfidenzintervall des Mittelwerts.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Against the baseline</source>
        <translation>Gegenüber der Referenz</translation>
    </message>
    <message>
        <source>Welch&apos;s t-test at the 5 % level on the compared values of each group&apos;s runs.</source>
        <translation>Welch-t-Test auf dem 5-%-Niveau über die verglichenen Werte der Läufe jeder Gruppe.</translation>
    </message>
    <message>
        <source>↑ higher is better, ↓ lower is better, – no direction (set per metric in the comparison view). Δ is the difference to the baseline. Green cells are better than the baseline and red ones worse by Welch&apos;s test (p &lt; 0.05); a light tint with ↗ or ↘ marks a change with one run on a side, where no test is possible. No colour: inside the noise, equal, or no direction.</source>
        <translation>↑ höher ist besser, ↓ niedriger ist besser, – keine Richtung (je Metrik in der Vergleichsansicht festgelegt). Δ ist der Abstand zur Referenz. Grüne Zellen sind laut Welch-Test (p &lt; 0,05) besser als die Referenz, rote schlechter; ein heller Ton mit ↗ oder ↘ zeigt eine Änderung mit einem Lauf je Seite, wo kein Test möglich ist. Keine Farbe: im Rauschen, gleich oder ohne Richtung.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None of the runs has notes. Notes are written in the app (Edit → Notes…) in Markdown.</source>
        <translation>Keiner der Läufe hat Notizen. Notizen werden in der App (Bearbeiten → Notizen…) in Markdown geschrieben.</translation>
    </message>
    <message>
        <source>None of the runs logged a parameter.</source>
        <translation>Keiner der Läufe hat einen Parameter protokolliert.</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Bold: differs from the baseline. A dash: the run did not log the param.</source>
        <translation>Fett: weicht von der Referenz ab. Ein Strich: Der Lauf hat den Parameter nicht protokolliert.</translation>
    </message>
    <message numerus="yes">
        <source>%n param(s) differ between the runs; bold: differs from the baseline.</source>
        <translation>
            <numerusform>%n Parameter unterscheidet sich zwischen den Läufen; fett: weicht von der Referenz ab.</numerusform>
            <numerusform>%n Parameter unterscheiden sich zwischen den Läufen; fett: weicht von der Referenz ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every run has the same parameters.</source>
        <translation>Alle Läufe haben dieselben Parameter.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>The same in every run</source>
        <translation>In jedem Lauf gleich</translation>
    </message>
    <message>
        <source>Param</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s); the baseline is in bold. Each run keeps its colour in every chart.</source>
        <translation>
            <numerusform>%n Lauf; die Referenz ist fett. Jeder Lauf behält seine Farbe in jedem Diagramm.</numerusform>
            <numerusform>%n Läufe; die Referenz ist fett. Jeder Lauf behält seine Farbe in jedem Diagramm.</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs to compare.</source>
        <translation>Keine Läufe zum Vergleichen.</translation>
    </message>
    <message>
        <source>The per-slice table could not be made: %1</source>
        <translation>Die Tabelle je Teilmenge ließ sich nicht erstellen: %1</translation>
    </message>
    <message>
        <source>None of the runs logged per-slice metrics (series logged with a slice name, such as a class or a region).</source>
        <translation>Keiner der Läufe hat Metriken je Teilmenge protokolliert (Reihen mit einem Teilmengennamen wie einer Klasse oder Region).</translation>
    </message>
    <message>
        <source>Rows are ordered worst slice first. %1 slice result(s) are much worse than their run&apos;s overall value; %2 got worse against the baseline while the overall metric got better.</source>
        <translation>Die Zeilen beginnen mit der schlechtesten Teilmenge. %1 Ergebnisse von Teilmengen sind viel schlechter als der Gesamtwert ihres Laufs; %2 wurden gegenüber der Referenz schlechter, während die Gesamtmetrik besser wurde.</translation>
    </message>
    <message>
        <source>Charts are drawn for the first %1 metrics with slices; the tables cover all %2.</source>
        <translation>Diagramme gibt es für die ersten %1 Metriken mit Teilmengen; die Tabellen umfassen alle %2.</translation>
    </message>
    <message>
        <source>The charts show %1 of the %2 columns (the baseline and the first ones); the tables show all.</source>
        <translation>Die Diagramme zeigen %1 der %2 Spalten (die Referenz und die ersten); die Tabellen zeigen alle.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) from %1, started between %2 and %3, last activity %4. Status: %5.</source>
        <translation>
            <numerusform>%n Lauf aus %1, gestartet zwischen %2 und %3, letzte Aktivität %4. Status: %5.</numerusform>
            <numerusform>%n Läufe aus %1, gestartet zwischen %2 und %3, letzte Aktivität %4. Status: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>experiment(s) %1</source>
        <translation>Experiment(e) %1</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Bester</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>(is the baseline)</source>
        <translation>(ist die Referenz)</translation>
    </message>
    <message>
        <source>↑ higher</source>
        <translation>↑ höher</translation>
    </message>
    <message>
        <source>↓ lower</source>
        <translation>↓ niedriger</translation>
    </message>
    <message>
        <source>The first %1 of %2 metrics; the Metrics section has all of them.</source>
        <translation>Die ersten %1 von %2 Metriken; der Abschnitt Metriken enthält alle.</translation>
    </message>
    <message>
        <source>Deltas are measured against the baseline %1 (%2), on the last logged value of each metric.</source>
        <translation>Abstände werden gegen die Referenz %1 (%2) am zuletzt protokollierten Wert jeder Metrik gemessen.</translation>
    </message>
    <message>
        <source>The comparison tables cover %1 of %2 columns (the baseline and the first ones); the runs table lists every run.</source>
        <translation>Die Vergleichstabellen umfassen %1 von %2 Spalten (die Referenz und die ersten); die Lauftabelle führt jeden Lauf auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) logged no metrics: %1.</source>
        <translation>
            <numerusform>%n Lauf hat keine Metriken protokolliert: %1.</numerusform>
            <numerusform>%n Läufe haben keine Metriken protokolliert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the runs logged a metric, so there are no results to compare.</source>
        <translation>Keiner der Läufe hat eine Metrik protokolliert, daher gibt es keine Ergebnisse zu vergleichen.</translation>
    </message>
    <message>
        <source>Best per metric</source>
        <translation>Bester je Metrik</translation>
    </message>
    <message>
        <source>Is the difference real?</source>
        <translation>Ist der Unterschied echt?</translation>
    </message>
    <message numerus="yes">
        <source>%n more verdict(s) in the Metrics section.</source>
        <translation>
            <numerusform>%n weiteres Urteil im Abschnitt Metriken.</numerusform>
            <numerusform>%n weitere Urteile im Abschnitt Metriken.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 against the baseline: %2</source>
        <translation>%1 gegenüber der Referenz: %2</translation>
    </message>
    <message>
        <source>Metrics without a direction have no best: %1.</source>
        <translation>Metriken ohne Richtung haben keinen besten Wert: %1.</translation>
    </message>
    <message>
        <source>Δ coloured only where Welch&apos;s test says better or worse; ↗ / ↘ mark a change with one run on a side (no test).</source>
        <translation>Δ ist nur gefärbt, wo der Welch-Test besser oder schlechter ergibt; ↗ / ↘ zeigen eine Änderung mit einem Lauf je Seite (kein Test).</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>Teilmenge</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Against overall</source>
        <translation>Gegenüber gesamt</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>%1 worse</source>
        <translation>%1 schlechter</translation>
    </message>
    <message>
        <source>%1 better</source>
        <translation>%1 besser</translation>
    </message>
</context>
<context>
    <name>runlens::ReportSliceFigure</name>
    <message>
        <source>Bars of %1 per slice</source>
        <translation>Balken von %1 je Teilmenge</translation>
    </message>
    <message>
        <source>Heatmap of %1 per slice and run</source>
        <translation>Heatmap von %1 je Teilmenge und Lauf</translation>
    </message>
</context>
<context>
    <name>runlens::RunActions</name>
    <message>
        <source>e.g. team</source>
        <translation>z. B. team</translation>
    </message>
    <message>
        <source>e.g. vision</source>
        <translation>z. B. vision</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>&amp;Tag hinzufügen…</translation>
    </message>
    <message>
        <source>Edit &amp;Notes…</source>
        <translation>&amp;Notizen bearbeiten…</translation>
    </message>
    <message>
        <source>Set &amp;Colour…</source>
        <translation>&amp;Farbe festlegen…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>Aus dem Archiv &amp;holen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Copy Run &amp;Id</source>
        <translation>Lauf-&amp;Id kopieren</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Tag %1=%2</source>
        <translation>Tag %1=%2</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Tag %1 entfernen</translation>
    </message>
    <message>
        <source>Edit notes of %1</source>
        <translation>Notizen zu %1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n run(s)</source>
        <translation>
            <numerusform>%n Lauf archivieren</numerusform>
            <numerusform>%n Läufe archivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unarchive %n run(s)</source>
        <translation>
            <numerusform>%n Lauf aus dem Archiv holen</numerusform>
            <numerusform>%n Läufe aus dem Archiv holen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the run “%1”?</source>
        <translation>Den Lauf „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s)?</source>
        <translation>
            <numerusform>%n Lauf löschen?</numerusform>
            <numerusform>%n Läufe löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message>
        <source>Their parameters, metrics, points and artifacts are deleted from the store. This cannot be undone; archiving hides runs and can be undone.</source>
        <translation>Ihre Parameter, Metriken, Punkte und Artefakte werden aus dem Datenspeicher gelöscht. Das lässt sich nicht rückgängig machen; Archivieren blendet Läufe aus und lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n run(s)</source>
        <translation>
            <numerusform>%n Lauf taggen</numerusform>
            <numerusform>%n Läufe taggen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Edit Tag</source>
        <translation>Tag bearbeiten</translation>
    </message>
    <message>
        <source>Colour of the Run</source>
        <translation>Farbe des Laufs</translation>
    </message>
</context>
<context>
    <name>runlens::RunColumn</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 (min)</source>
        <translation>%1 (Min.)</translation>
    </message>
    <message>
        <source>%1 (max)</source>
        <translation>%1 (Max.)</translation>
    </message>
    <message>
        <source>Smallest value of the metric %1</source>
        <translation>Kleinster Wert der Metrik %1</translation>
    </message>
    <message>
        <source>Largest value of the metric %1</source>
        <translation>Größter Wert der Metrik %1</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Parameter %1 (query: %2)</source>
        <translation>Parameter %1 (in Abfragen: %2)</translation>
    </message>
    <message>
        <source>Tag %1 (query: %2)</source>
        <translation>Tag %1 (in Abfragen: %2)</translation>
    </message>
    <message>
        <source>Last value of the metric %1 (query: %2)</source>
        <translation>Letzter Wert der Metrik %1 (in Abfragen: %2)</translation>
    </message>
</context>
<context>
    <name>runlens::RunDetailsPanel</name>
    <message>
        <source>Select a run to see its details.</source>
        <translation>Einen Lauf auswählen, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>Teilmenge</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notizen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Edit Notes…</source>
        <translation>Notizen bearbeiten…</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) selected; this is the current one.</source>
        <translation>
            <numerusform>%n Lauf ausgewählt; dies ist der aktuelle.</numerusform>
            <numerusform>%n Läufe ausgewählt; dies ist der aktuelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Git commit</source>
        <translation>Git-Commit</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importiert aus</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Parent run</source>
        <translation>Übergeordneter Lauf</translation>
    </message>
    <message>
        <source>Child runs</source>
        <translation>Untergeordnete Läufe</translation>
    </message>
    <message>
        <source>This run has no artifacts.</source>
        <translation>Dieser Lauf hat keine Artefakte.</translation>
    </message>
</context>
<context>
    <name>runlens::RunTableModel</name>
    <message>
        <source>%1
id %2</source>
        <translation>%1
Id %2</translation>
    </message>
</context>
<context>
    <name>runlens::RunsView</name>
    <message>
        <source>Open Store…</source>
        <translation>Datenspeicher öffnen…</translation>
    </message>
    <message>
        <source>Fill with demo runs</source>
        <translation>Mit Demo-Läufen füllen</translation>
    </message>
    <message>
        <source>No run matches the filters.</source>
        <translation>Kein Lauf passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Filter by name, id, experiment or tag</source>
        <translation>Nach Name, Id, Experiment oder Tag filtern</translation>
    </message>
    <message>
        <source>Trains small classifiers and logs them, so there is something to explore</source>
        <translation>Trainiert kleine Klassifikatoren und protokolliert sie, damit es etwas zu erkunden gibt</translation>
    </message>
    <message>
        <source>No store is open.
Open a store file, or drop one onto this window.</source>
        <translation>Kein Datenspeicher geöffnet.
Eine Datenspeicher-Datei öffnen oder auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>No runs in this store yet.
Log some from Python with runlens.start_run(), or fill it with demo runs.</source>
        <translation>Noch keine Läufe in diesem Datenspeicher.
Läufe aus Python mit runlens.start_run() protokollieren oder ihn mit Demo-Läufen füllen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 von %n Lauf</numerusform>
            <numerusform>%1 von %n Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Column “%1”</source>
        <translation>Spalte „%1“ entfernen</translation>
    </message>
    <message>
        <source>Choose Columns…</source>
        <translation>Spalten wählen…</translation>
    </message>
    <message>
        <source>Fit Columns to Contents</source>
        <translation>Spaltenbreite an Inhalt anpassen</translation>
    </message>
</context>
<context>
    <name>runlens::ScatterView</name>
    <message>
        <source>&amp;Log x</source>
        <translation>&amp;Log. x</translation>
    </message>
    <message>
        <source>&amp;X:</source>
        <translation>&amp;X:</translation>
    </message>
    <message>
        <source>&amp;Y:</source>
        <translation>&amp;Y:</translation>
    </message>
    <message>
        <source>param %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>metric %1</source>
        <translation>Metrik %1</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>kleinste Quadrate</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>correlation ratio η = %1</source>
        <translation>Korrelationsverhältnis η = %1</translation>
    </message>
    <message>
        <source>least squares on linear x: y = %1·x %2 (r² = %3)</source>
        <translation>kleinste Quadrate auf linearem x: y = %1·x %2 (r² = %3)</translation>
    </message>
    <message>
        <source>least squares y = %1·x %2 (r² = %3)</source>
        <translation>kleinste Quadrate y = %1·x %2 (r² = %3)</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Pearson r = %1</source>
        <translation>Pearson r = %1</translation>
    </message>
    <message>
        <source>Spearman ρ = %1</source>
        <translation>Spearman ρ = %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) without both values left out</source>
        <translation>
            <numerusform>%n Lauf ohne beide Werte ausgelassen</numerusform>
            <numerusform>%n Läufe ohne beide Werte ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>No run has both values.</source>
        <translation>Kein Lauf hat beide Werte.</translation>
    </message>
</context>
<context>
    <name>runlens::SliceBarChart</name>
    <message>
        <source>overall</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>%1
%2 on %3: %4</source>
        <translation>%1
%2 auf %3: %4</translation>
    </message>
</context>
<context>
    <name>runlens::SliceCharts</name>
    <message>
        <source>&amp;Bars</source>
        <translation>&amp;Balken</translation>
    </message>
    <message>
        <source>&amp;Heatmap</source>
        <translation>&amp;Heatmap</translation>
    </message>
    <message>
        <source>&amp;Curves of one run</source>
        <translation>&amp;Kurven eines Laufs</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Lauf:</translation>
    </message>
</context>
<context>
    <name>runlens::SliceCurvesChart</name>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1, step %2</source>
        <translation>%1, Schritt %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>runlens::SliceFlags</name>
    <message>
        <source>Much worse than overall: %1 on %2 is %3 against %4 overall (worse by %5).</source>
        <translation>Viel schlechter als gesamt: %1 auf %2 ist %3 gegenüber %4 gesamt (schlechter um %5).</translation>
    </message>
    <message>
        <source>Regressed while overall improved: %1 on %2 went from %3 (baseline) to %4, although the overall %1 got better. An average hides this.</source>
        <translation>Verschlechtert, während sich das Gesamtergebnis verbesserte: %1 auf %2 ging von %3 (Referenz) auf %4, obwohl %1 insgesamt besser wurde. Ein Mittelwert verbirgt das.</translation>
    </message>
    <message>
        <source>much worse than overall</source>
        <translation>viel schlechter als gesamt</translation>
    </message>
    <message>
        <source>regressed while overall improved</source>
        <translation>verschlechtert, während gesamt verbessert</translation>
    </message>
</context>
<context>
    <name>runlens::SliceHeatmap</name>
    <message>
        <source>overall</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>worse %1</source>
        <translation>schlechter %1</translation>
    </message>
    <message>
        <source>better %1</source>
        <translation>besser %1</translation>
    </message>
    <message>
        <source>No slices of this metric.</source>
        <translation>Keine Teilmengen dieser Metrik.</translation>
    </message>
    <message>
        <source>%1
%2 overall: %3</source>
        <translation>%1
%2 gesamt: %3</translation>
    </message>
    <message>
        <source>%1
%2 has no slice %3</source>
        <translation>%1
%2 hat keine Teilmenge %3</translation>
    </message>
    <message>
        <source>%1
%2 on %3: %4 (overall %5)</source>
        <translation>%1
%2 auf %3: %4 (gesamt %5)</translation>
    </message>
    <message>
        <source>baseline %1, delta %2</source>
        <translation>Referenz %1, Abstand %2</translation>
    </message>
    <message>
        <source>low %1</source>
        <translation>niedrig %1</translation>
    </message>
    <message>
        <source>high %1</source>
        <translation>hoch %1</translation>
    </message>
</context>
<context>
    <name>runlens::SliceTableModel</name>
    <message>
        <source>(baseline)</source>
        <translation>(Referenz)</translation>
    </message>
    <message>
        <source>How much worse than the overall value this slice is (positive: worse).</source>
        <translation>Wie viel schlechter diese Teilmenge als der Gesamtwert ist (positiv: schlechter).</translation>
    </message>
    <message>
        <source>Change against the baseline&apos;s value of the same slice.</source>
        <translation>Änderung gegenüber dem Wert der Referenz in derselben Teilmenge.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>Teilmenge</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Run or group</source>
        <translation>Lauf oder Gruppe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Worse than overall by</source>
        <translation>Schlechter als gesamt um</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Δ baseline</source>
        <translation>Δ Referenz</translation>
    </message>
    <message>
        <source>Δ %</source>
        <translation>Δ %</translation>
    </message>
</context>
<context>
    <name>runlens::SliceView</name>
    <message>
        <source>These runs have no per-slice metrics.
Log a metric with a slice (e.g. run.log_metric(&quot;val/acc&quot;, 0.9, slice=&quot;class=3&quot;)) to see it here.</source>
        <translation>Diese Läufe haben keine Metriken je Teilmenge.
Eine Metrik mit Teilmenge protokollieren (z. B. run.log_metric(&quot;val/acc&quot;, 0.9, slice=&quot;class=3&quot;)), um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <source>Worst against overall first</source>
        <translation>Schlechteste gegenüber gesamt zuerst</translation>
    </message>
    <message>
        <source>Worst against baseline first</source>
        <translation>Schlechteste gegenüber Referenz zuerst</translation>
    </message>
    <message>
        <source>By slice name</source>
        <translation>Nach Name der Teilmenge</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>Only &amp;flagged</source>
        <translation>Nur &amp;markierte</translation>
    </message>
    <message>
        <source>Show only slices that are much worse than overall, or that regressed while the overall metric improved</source>
        <translation>Nur Teilmengen zeigen, die viel schlechter als gesamt sind oder sich verschlechterten, während die Gesamtmetrik besser wurde</translation>
    </message>
    <message>
        <source>%1 much worse than overall · %2 regressed while overall improved</source>
        <translation>%1 viel schlechter als gesamt · %2 verschlechtert, während gesamt verbessert</translation>
    </message>
    <message>
        <source>A slice is much worse than overall when it trails the overall value by more than both 0.05 and 10 %. See docs/statistics.md.</source>
        <translation>Eine Teilmenge ist viel schlechter als gesamt, wenn sie den Gesamtwert um mehr als 0,05 und zugleich mehr als 10 % unterschreitet. Siehe docs/statistics.md.</translation>
    </message>
</context>
<context>
    <name>runlens::StatusFilter</name>
    <message>
        <source>Show only %1 runs (with the other pressed ones)</source>
        <translation>Nur Läufe mit Status „%1“ zeigen (zusammen mit den anderen gedrückten)</translation>
    </message>
</context>
<context>
    <name>runlens::StoreActions</name>
    <message>
        <source>&amp;Open Store…</source>
        <translation>Datenspeicher ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New Store…</source>
        <translation>&amp;Neuer Datenspeicher…</translation>
    </message>
    <message>
        <source>Open &amp;Team Store…</source>
        <translation>&amp;Team-Datenspeicher öffnen…</translation>
    </message>
    <message>
        <source>Open a store shared on a PostgreSQL server</source>
        <translation>Einen auf einem PostgreSQL-Server geteilten Datenspeicher öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Runlens</source>
        <translation>Runlens</translation>
    </message>
    <message>
        <source>%1 (read-only) — Runlens</source>
        <translation>%1 (schreibgeschützt) — Runlens</translation>
    </message>
    <message>
        <source>%1 — Runlens</source>
        <translation>%1 — Runlens</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>Unter %1 gibt es keinen Datenspeicher.</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Datenspeicher öffnen</translation>
    </message>
    <message>
        <source>Runlens stores (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Runlens-Datenspeicher (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Store</source>
        <translation>Neuer Datenspeicher</translation>
    </message>
    <message>
        <source>Runlens stores (*.db)</source>
        <translation>Runlens-Datenspeicher (*.db)</translation>
    </message>
    <message>
        <source>%1 exists already; open it with File &gt; Open Store.</source>
        <translation>%1 existiert bereits; mit Datei &gt; Datenspeicher öffnen öffnen.</translation>
    </message>
</context>
<context>
    <name>runlens::StoreLabel</name>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 auf diesem Rechner</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>runlens::StoreSession</name>
    <message>
        <source>No store is open.</source>
        <translation>Kein Datenspeicher geöffnet.</translation>
    </message>
</context>
<context>
    <name>runlens::SyncDialog</name>
    <message>
        <source>Sync Runs</source>
        <translation>Läufe abgleichen</translation>
    </message>
    <message>
        <source>The store to bring runs from</source>
        <translation>Der Datenspeicher, aus dem die Läufe kommen</translation>
    </message>
    <message>
        <source>The store the runs arrive in (created when missing)</source>
        <translation>Der Datenspeicher, in den die Läufe kommen (wird bei Bedarf angelegt)</translation>
    </message>
    <message>
        <source>Swap source and target</source>
        <translation>Quelle und Ziel tauschen</translation>
    </message>
    <message>
        <source>All runs, or a query such as params.lr &lt; 0.1 and status = finished</source>
        <translation>Alle Läufe oder eine Abfrage wie params.lr &lt; 0.1 and status = finished</translation>
    </message>
    <message>
        <source>Only the source&apos;s runs this query matches are synced (the query language of the query bar)</source>
        <translation>Nur die Läufe der Quelle, auf die diese Abfrage passt, werden abgeglichen (die Abfragesprache der Abfrageleiste)</translation>
    </message>
    <message>
        <source>Bring back runs the target has &amp;deleted</source>
        <translation>Im Ziel &amp;gelöschte Läufe zurückholen</translation>
    </message>
    <message>
        <source>Without this, a run deleted in the target stays deleted there, even though the source still has it</source>
        <translation>Sonst bleibt ein im Ziel gelöschter Lauf dort gelöscht, auch wenn die Quelle ihn noch hat</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>A&amp;bfrage:</translation>
    </message>
    <message>
        <source>Runs are matched by their UUID: new runs arrive whole, known runs their new points, fields and artifacts. The source is only read.</source>
        <translation>Läufe werden über ihre UUID zugeordnet: Neue Läufe kommen vollständig an, bekannte mit ihren neuen Punkten, Feldern und Artefakten. Die Quelle wird nur gelesen.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Source value</source>
        <translation>Wert der Quelle</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Wert des Ziels</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Show what a sync would bring and every conflict, without writing anything</source>
        <translation>Zeigen, was ein Abgleich brächte, samt jedem Konflikt, ohne etwas zu schreiben</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Abgleichen</translation>
    </message>
    <message>
        <source>Copy the runs into the target store</source>
        <translation>Die Läufe in den Ziel-Datenspeicher kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the current run; runs copied so far stay</source>
        <translation>Nach dem aktuellen Lauf anhalten; bisher kopierte Läufe bleiben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Runlens stores (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Runlens-Datenspeicher (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Source Store</source>
        <translation>Quell-Datenspeicher</translation>
    </message>
    <message>
        <source>Target Store</source>
        <translation>Ziel-Datenspeicher</translation>
    </message>
    <message>
        <source>Choose the store to bring runs from.</source>
        <translation>Den Datenspeicher wählen, aus dem die Läufe kommen.</translation>
    </message>
    <message>
        <source>Choose the store the runs arrive in.</source>
        <translation>Den Datenspeicher wählen, in den die Läufe kommen.</translation>
    </message>
    <message>
        <source>The query does not parse, column %1: %2</source>
        <translation>Die Abfrage ist fehlerhaft, Spalte %1: %2</translation>
    </message>
    <message>
        <source>Previewing: %1 of %2 runs checked…</source>
        <translation>Vorschau: %1 von %2 Läufen geprüft…</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 runs, %3 points so far…</source>
        <translation>Abgleich: %1 von %2 Läufen, bisher %3 Punkte…</translation>
    </message>
    <message>
        <source>Cancelling after the current run…</source>
        <translation>Abbruch nach dem aktuellen Lauf…</translation>
    </message>
    <message>
        <source>The sync stopped: %1</source>
        <translation>Der Abgleich wurde angehalten: %1</translation>
    </message>
    <message>
        <source>Opening the stores…</source>
        <translation>Die Datenspeicher werden geöffnet…</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Vorschau abgebrochen.</translation>
    </message>
    <message>
        <source>Sync cancelled. Runs that arrived stay; syncing again finishes the job.</source>
        <translation>Abgleich abgebrochen. Angekommene Läufe bleiben; ein erneuter Abgleich erledigt den Rest.</translation>
    </message>
    <message>
        <source>Preview: nothing was written.</source>
        <translation>Vorschau: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translation>Abgleich abgeschlossen.</translation>
    </message>
    <message>
        <source>The source has no runs.</source>
        <translation>Die Quelle hat keine Läufe.</translation>
    </message>
    <message>
        <source>No run of the source matches the query.</source>
        <translation>Kein Lauf der Quelle passt auf die Abfrage.</translation>
    </message>
    <message numerus="yes">
        <source>%1 new run(s)</source>
        <translation>
            <numerusform>%1 neuer Lauf</numerusform>
            <numerusform>%1 neue Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 point(s)</source>
        <translation>
            <numerusform>%1 Punkt</numerusform>
            <numerusform>%1 Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 artifact(s) (%2)</source>
        <translation>
            <numerusform>%1 Artefakt (%2)</numerusform>
            <numerusform>%1 Artefakte (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 new experiment(s)</source>
        <translation>
            <numerusform>%1 neues Experiment</numerusform>
            <numerusform>%1 neue Experimente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 diagram(s)</source>
        <translation>
            <numerusform>%1 Diagramm</numerusform>
            <numerusform>%1 Diagramme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 metric direction(s)</source>
        <translation>
            <numerusform>%1 Metrikrichtung</numerusform>
            <numerusform>%1 Metrikrichtungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would arrive.</source>
        <translation>Es käme nichts an.</translation>
    </message>
    <message>
        <source>Nothing arrived.</source>
        <translation>Es ist nichts angekommen.</translation>
    </message>
    <message>
        <source>Would arrive: %1.</source>
        <translation>Käme an: %1.</translation>
    </message>
    <message>
        <source>Arrived: %1.</source>
        <translation>Angekommen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 run(s) already up to date.</source>
        <translation>
            <numerusform>%1 Lauf schon aktuell.</numerusform>
            <numerusform>%1 Läufe schon aktuell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 conflict(s) settled: the later edit wins; the table shows which side was kept.</source>
        <translation>
            <numerusform>%1 Konflikt entschieden: Die spätere Änderung gewinnt; die Tabelle zeigt, welche Seite blieb.</numerusform>
            <numerusform>%1 Konflikte entschieden: Die spätere Änderung gewinnt; die Tabelle zeigt, welche Seite blieb.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 run(s) left out because the target deleted them; tick “Bring back runs the target has deleted” to sync them.</source>
        <translation>
            <numerusform>%1 Lauf ausgelassen, weil das Ziel ihn gelöscht hat; „Im Ziel gelöschte Läufe zurückholen“ ankreuzen, um ihn abzugleichen.</numerusform>
            <numerusform>%1 Läufe ausgelassen, weil das Ziel sie gelöscht hat; „Im Ziel gelöschte Läufe zurückholen“ ankreuzen, um sie abzugleichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 run(s) left out: the target holds their import as another run.</source>
        <translation>
            <numerusform>%1 Lauf ausgelassen: Das Ziel enthält seinen Import als anderen Lauf.</numerusform>
            <numerusform>%1 Läufe ausgelassen: Das Ziel enthält ihren Import als andere Läufe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 run(s) or artifact(s) left out because the source could not be read.</source>
        <translation>
            <numerusform>%1 Lauf oder Artefakt ausgelassen, weil die Quelle nicht lesbar war.</numerusform>
            <numerusform>%1 Läufe oder Artefakte ausgelassen, weil die Quelle nicht lesbar war.</numerusform>
        </translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>deleted run</source>
        <translation>gelöschter Lauf</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>imported run</source>
        <translation>importierter Lauf</translation>
    </message>
    <message>
        <source>imported as another run</source>
        <translation>als anderer Lauf importiert</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>run name</source>
        <translation>Name des Laufs</translation>
    </message>
    <message>
        <source>run notes</source>
        <translation>Notizen des Laufs</translation>
    </message>
    <message>
        <source>run archived</source>
        <translation>Lauf archiviert</translation>
    </message>
    <message>
        <source>param</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>experiment notes</source>
        <translation>Notizen des Experiments</translation>
    </message>
    <message>
        <source>experiment archived</source>
        <translation>Experiment archiviert</translation>
    </message>
    <message>
        <source>metric direction</source>
        <translation>Metrikrichtung</translation>
    </message>
    <message>
        <source>diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>not archived</source>
        <translation>nicht archiviert</translation>
    </message>
    <message numerus="yes">
        <source>%1 updated run(s)</source>
        <translation>
            <numerusform>%1 aktualisierter Lauf</numerusform>
            <numerusform>%1 aktualisierte Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>Unter %1 gibt es keinen Datenspeicher.</translation>
    </message>
    <message>
        <source>The source and the target are the same store: choose another one.</source>
        <translation>Quelle und Ziel sind derselbe Datenspeicher: bitte einen anderen wählen.</translation>
    </message>
</context>
<context>
    <name>runlens::TeamStoreDialog</name>
    <message>
        <source>Open Team Store</source>
        <translation>Team-Datenspeicher öffnen</translation>
    </message>
    <message>
        <source>A team store keeps runs in a PostgreSQL database, so that runs logged on other machines show here as they are written. Give its URL or the name of a service in ~/.pg_service.conf.</source>
        <translation>Ein Team-Datenspeicher hält Läufe in einer PostgreSQL-Datenbank, sodass Läufe, die auf anderen Rechnern protokolliert werden, hier erscheinen, während sie geschrieben werden. Geben Sie seine URL oder den Namen eines Dienstes aus ~/.pg_service.conf an.</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass or the service file; Runlens never shows or keeps one. Encrypted connections: add ?sslmode=verify-full.</source>
        <translation>Das Passwort kommt aus ~/.pgpass oder der Dienstdatei; Runlens zeigt und speichert nie eines. Verschlüsselte Verbindungen: ?sslmode=verify-full anhängen.</translation>
    </message>
    <message>
        <source>Only postgresql:// and postgres:// URLs name a team store.</source>
        <translation>Nur postgresql://- und postgres://-URLs bezeichnen einen Team-Datenspeicher.</translation>
    </message>
    <message>
        <source>A service name has only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>Ein Dienstname besteht nur aus Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>runlens::VerdictText</name>
    <message>
        <source>%1 vs %2 seeds</source>
        <translation>%1 vs. %2 Seeds</translation>
    </message>
    <message>
        <source>%1 vs %2 runs</source>
        <translation>%1 vs. %2 Läufe</translation>
    </message>
    <message>
        <source>%1 vs %2 %3</source>
        <translation>%1 vs. %2 %3</translation>
    </message>
    <message>
        <source>No test is possible on %1 with %2 (a test needs at least 2 per group).</source>
        <translation>Auf %1 ist mit %2 kein Test möglich (ein Test braucht mindestens 2 je Gruppe).</translation>
    </message>
    <message>
        <source>The difference on %1 is inside the noise (%2, %3).</source>
        <translation>Der Unterschied auf %1 liegt im Rauschen (%2, %3).</translation>
    </message>
    <message>
        <source>%1 beats %2 on %3 (%4 vs %5, %6, %7).</source>
        <translation>%1 schlägt %2 auf %3 (%4 vs. %5, %6, %7).</translation>
    </message>
    <message>
        <source>no test (needs 2 per group)</source>
        <translation>kein Test (braucht 2 je Gruppe)</translation>
    </message>
    <message>
        <source>inside the noise (%1)</source>
        <translation>im Rauschen (%1)</translation>
    </message>
    <message>
        <source>better (%1)</source>
        <translation>besser (%1)</translation>
    </message>
    <message>
        <source>worse (%1)</source>
        <translation>schlechter (%1)</translation>
    </message>
    <message>
        <source>No difference on %1: equal within numeric resolution (%2, %3).</source>
        <translation>Kein Unterschied bei %1: gleich innerhalb der numerischen Auflösung (%2, %3).</translation>
    </message>
    <message>
        <source>%1 differs from %2 on %3 (%4 vs %5, %6, %7); the metric has no direction.</source>
        <translation>%1 unterscheidet sich von %2 bei %3 (%4 vs. %5, %6, %7); die Metrik hat keine Richtung.</translation>
    </message>
    <message>
        <source>no difference (equal within numeric resolution)</source>
        <translation>kein Unterschied (gleich innerhalb der numerischen Auflösung)</translation>
    </message>
    <message>
        <source>differs (%1), no direction</source>
        <translation>verschieden (%1), keine Richtung</translation>
    </message>
</context>
</TS>
