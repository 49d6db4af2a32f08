<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ByteBuffer</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: file is %2 bytes, over the size limit of %3 bytes</source>
        <translation>%1: Die Datei hat %2 Byte und überschreitet die Größengrenze von %3 Byte</translation>
    </message>
    <message>
        <source>%1: read error at byte %2: %3</source>
        <translation>%1: Lesefehler bei Byte %2: %3</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no chart to export</source>
        <translation>kein Diagramm zum Exportieren</translation>
    </message>
    <message>
        <source>the picture size %1×%2 is empty</source>
        <translation>die Bildgröße %1×%2 ist leer</translation>
    </message>
    <message>
        <source>PNG encoding failed</source>
        <translation>PNG-Kodierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>AttriScope chart</source>
        <translation>AttriScope-Diagramm</translation>
    </message>
    <message>
        <source>cannot start the SVG output</source>
        <translation>die SVG-Ausgabe kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot start the PDF output</source>
        <translation>die PDF-Ausgabe kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>“%1” exists and was not replaced (force to overwrite)</source>
        <translation>„%1“ existiert bereits und wurde nicht ersetzt (zum Überschreiben erzwingen)</translation>
    </message>
    <message>
        <source>a picture of %1×%2 pixels needs %3 MiB of memory; the limit is %4 MiB (%5 million pixels, e.g. 16384×8192)</source>
        <translation>ein Bild von %1×%2 Pixeln braucht %3 MiB Speicher; die Grenze ist %4 MiB (%5 Millionen Pixel, z. B. 16384×8192)</translation>
    </message>
    <message>
        <source>it is a symbolic link; refusing to write through it (remove the link or choose another name)</source>
        <translation>es ist eine symbolische Verknüpfung; durch sie wird nicht geschrieben (Verknüpfung entfernen oder einen anderen Namen wählen)</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>out of memory for a picture of %1×%2 pixels</source>
        <translation>zu wenig Speicher für ein Bild von %1×%2 Pixeln</translation>
    </message>
    <message>
        <source>%1 (written before the failure: %2)</source>
        <translation>%1 (vor dem Fehler geschrieben: %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Showing the first %1 of %2 series by name; filter to see others.</source>
        <translation>Gezeigt werden die ersten %1 von %2 Reihen nach Namen; filtern, um andere zu sehen.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>attriscope: unknown command &apos;%1&apos;</source>
        <translation>attriscope: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Show only this model (repeatable).</source>
        <translation>Nur dieses Modell zeigen (wiederholbar).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Show only this method (repeatable).</source>
        <translation>Nur diese Methode zeigen (wiederholbar).</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Show only this hardware (repeatable).</source>
        <translation>Nur diese Hardware zeigen (wiederholbar).</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Extra HTTP request header for URLs, e.g. &apos;Authorization: Bearer …&apos; (repeatable).</source>
        <translation>Zusätzlicher HTTP-Anfrage-Header für URLs, z. B. &apos;Authorization: Bearer …&apos; (wiederholbar).</translation>
    </message>
    <message>
        <source>&apos;Name: value&apos;</source>
        <translation>&apos;Name: Wert&apos;</translation>
    </message>
    <message>
        <source>Refuse a file or download larger than this many bytes; K, M, G suffixes (default 4G, 0: no limit).</source>
        <translation>Dateien und Downloads ablehnen, die größer sind als so viele Byte; Suffixe K, M, G (Vorgabe 4G, 0: keine Grenze).</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTE</translation>
    </message>
    <message>
        <source>Refuse a source with more rows than this (default 50000000).</source>
        <translation>Quellen mit mehr Zeilen ablehnen (Vorgabe 50000000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Use the bundled synthetic sample as a source.</source>
        <translation>Das mitgelieferte synthetische Beispiel als Quelle verwenden.</translation>
    </message>
    <message>
        <source>A file (JSON, JSON Lines, CSV) or an http(s) URL.</source>
        <translation>Eine Datei (JSON, JSON Lines, CSV) oder eine http(s)-URL.</translation>
    </message>
    <message>
        <source>--max-file-size needs a number of bytes such as 500M or 2G, got &apos;%1&apos;</source>
        <translation>--max-file-size erwartet eine Anzahl Byte wie 500M oder 2G, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--max-rows needs a positive number, got &apos;%1&apos;</source>
        <translation>--max-rows erwartet eine positive Zahl, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--header needs &apos;Name: value&apos;, got &apos;%1&apos;</source>
        <translation>--header erwartet &apos;Name: Wert&apos;, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; matches nothing; known: %3</source>
        <translation>--%1 „%2“ passt auf nichts; bekannt: %3</translation>
    </message>
    <message>
        <source>attriscope %1: %2</source>
        <translation>attriscope %1: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>warning: %1: %2 more warning(s); the JSON report&apos;s &quot;warnings&quot; holds the first %3</source>
        <translation>Warnung: %1: %2 weitere Warnung(en); „warnings“ im JSON-Bericht enthält die ersten %3</translation>
    </message>
    <message>
        <source>%1: %2 warning(s), %3 row(s) skipped</source>
        <translation>%1: %2 Warnung(en), %3 Zeile(n) übersprungen</translation>
    </message>
    <message>
        <source>Prints statistics of attribution timing results.</source>
        <translation>Gibt Statistiken zu Laufzeitmessungen von Attributionsmethoden aus.</translation>
    </message>
    <message>
        <source>Output format: json (default), markdown or csv.</source>
        <translation>Ausgabeformat: json (Vorgabe), markdown oder csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>attriscope report: unknown --format &apos;%1&apos; (json, markdown or csv)</source>
        <translation>attriscope report: unbekanntes --format „%1“ (json, markdown oder csv)</translation>
    </message>
    <message>
        <source>attriscope report: no SOURCE given (a file, an http(s) URL, or --sample)</source>
        <translation>attriscope report: keine QUELLE angegeben (eine Datei, eine http(s)-URL oder --sample)</translation>
    </message>
    <message>
        <source>--%1 needs a number from %2 to %3, got &apos;%4&apos;</source>
        <translation>--%1 erwartet eine Zahl von %2 bis %3, erhalten: „%4“</translation>
    </message>
    <message>
        <source>Folder to write into (created if missing).</source>
        <translation>Zielordner (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Picture size in pixels (default 1600x1000).</source>
        <translation>Bildgröße in Pixeln (Vorgabe 1600x1000).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Replace files that exist already.</source>
        <translation>Vorhandene Dateien ersetzen.</translation>
    </message>
    <message>
        <source>attriscope export: --out DIR is required</source>
        <translation>attriscope export: --out ORDNER ist erforderlich</translation>
    </message>
    <message>
        <source>attriscope export: --size needs WxH between 64 and 16384 pixels, got &apos;%1&apos;</source>
        <translation>attriscope export: --size erwartet BxH zwischen 64 und 16384 Pixeln, erhalten: „%1“</translation>
    </message>
    <message>
        <source>attriscope export: no SOURCE given (a file, an http(s) URL, or --sample)</source>
        <translation>attriscope export: keine QUELLE angegeben (eine Datei, eine http(s)-URL oder --sample)</translation>
    </message>
    <message>
        <source>attriscope export: %1: cannot create the folder</source>
        <translation>attriscope export: %1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>attriscope export: %1</source>
        <translation>attriscope export: %1</translation>
    </message>
    <message>
        <source>Compares a candidate run with a baseline, group by group.</source>
        <translation>Vergleicht einen Kandidatenlauf Gruppe für Gruppe mit einem Referenzlauf.</translation>
    </message>
    <message>
        <source>Output format: json (default) or markdown.</source>
        <translation>Ausgabeformat: json (Vorgabe) oder markdown.</translation>
    </message>
    <message>
        <source>Smallest change of the median that counts, in percent (default 5).</source>
        <translation>Kleinste Änderung des Medians, die zählt, in Prozent (Vorgabe 5).</translation>
    </message>
    <message>
        <source>PCT</source>
        <translation>PROZENT</translation>
    </message>
    <message>
        <source>Significance level of the Mann-Whitney U test (default 0.05).</source>
        <translation>Signifikanzniveau des Mann-Whitney-U-Tests (Vorgabe 0.05).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Exit with status 3 when any group regressed.</source>
        <translation>Mit Status 3 beenden, wenn sich eine Gruppe verschlechtert hat (Regression).</translation>
    </message>
    <message>
        <source>attriscope compare: unknown --format &apos;%1&apos; (json or markdown)</source>
        <translation>attriscope compare: unbekanntes --format „%1“ (json oder markdown)</translation>
    </message>
    <message>
        <source>attriscope compare: needs exactly two sources, BASELINE and CANDIDATE</source>
        <translation>attriscope compare: braucht genau zwei Quellen, REFERENZ und KANDIDAT</translation>
    </message>
    <message>
        <source>attriscope compare: %1 regression(s)</source>
        <translation>attriscope compare: %1 Regression(en)</translation>
    </message>
    <message>
        <source>Estimates the attribution time of a workload from the fitted cost model.</source>
        <translation>Schätzt die Attributionszeit einer Arbeitslast mit dem angepassten Kostenmodell.</translation>
    </message>
    <message>
        <source>Number of prompts in the workload.</source>
        <translation>Anzahl der Prompts der Arbeitslast.</translation>
    </message>
    <message>
        <source>Input tokens per prompt.</source>
        <translation>Eingabe-Token pro Prompt.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>attriscope estimate: unknown --format &apos;%1&apos; (json or markdown)</source>
        <translation>attriscope estimate: unbekanntes --format „%1“ (json oder markdown)</translation>
    </message>
    <message>
        <source>attriscope estimate: --prompts N and --tokens T are required</source>
        <translation>attriscope estimate: --prompts N und --tokens T sind erforderlich</translation>
    </message>
    <message>
        <source>attriscope estimate: no SOURCE given</source>
        <translation>attriscope estimate: keine QUELLE angegeben</translation>
    </message>
    <message>
        <source>attriscope estimate: warning: %1 tokens lies outside the fitted token range of some groups; those estimates extrapolate</source>
        <translation>attriscope estimate: Warnung: %1 Token liegt außerhalb des angepassten Token-Bereichs einiger Gruppen; diese Schätzungen extrapolieren</translation>
    </message>
    <message>
        <source>attriscope export: --size %1: %2</source>
        <translation>attriscope export: --size %1: %2</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds from %2 to %3, got &apos;%4&apos;</source>
        <translation>--%1 braucht eine Zahl von Sekunden von %2 bis %3, erhalten: „%4“</translation>
    </message>
    <message>
        <source>--max-line-length needs a number of bytes from 1K to 1G such as 16M, got &apos;%1&apos;</source>
        <translation>--max-line-length braucht eine Zahl von Bytes von 1K bis 1G, etwa 16M, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Give up on a URL that sends less than 1 KiB a second for this many seconds (default 30; 0.1 to 604800).</source>
        <translation>Eine URL aufgeben, die so viele Sekunden lang weniger als 1 KiB pro Sekunde sendet (Standard 30; 0,1 bis 604800).</translation>
    </message>
    <message>
        <source>Give up on a URL whose whole transfer takes longer (default 3600).</source>
        <translation>Eine URL aufgeben, deren ganze Übertragung länger dauert (Standard 3600).</translation>
    </message>
    <message>
        <source>Refuse a JSON Lines file with a line longer than this many bytes (default 16M, 1K to 1G).</source>
        <translation>Eine JSON-Lines-Datei mit einer Zeile von mehr als so vielen Bytes ablehnen (Standard 16M, 1K bis 1G).</translation>
    </message>
    <message>
        <source>Writes every chart as a picture, one file per tab, without a display; with --format csv, the data behind each chart.</source>
        <translation>Schreibt jedes Diagramm als Bild, eine Datei je Reiter, ohne Bildschirm; mit --format csv die Daten hinter jedem Diagramm.</translation>
    </message>
    <message>
        <source>png (default), svg, pdf, or csv for each chart&apos;s data in tidy form.</source>
        <translation>png (Standard), svg, pdf oder csv für die Daten jedes Diagramms in langer Form (eine Zeile je Wert).</translation>
    </message>
    <message>
        <source>attriscope export: unknown --format &apos;%1&apos; (png, svg, pdf or csv)</source>
        <translation>attriscope export: unbekanntes --format „%1“ (png, svg, pdf oder csv)</translation>
    </message>
    <message>
        <source>--header: %1</source>
        <translation>--header: %1</translation>
    </message>
    <message>
        <source>attriscope export: not written, nothing to show: %1</source>
        <translation>attriscope export: nicht geschrieben, nichts darzustellen: %1</translation>
    </message>
    <message>
        <source>attriscope estimate: warning: %1 of %2 fits have r² below %3; their estimates are close to N times the mean and their intervals wide</source>
        <translation>attriscope estimate: Warnung: %1 von %2 Anpassungen haben r² unter %3; ihre Schätzungen liegen nahe beim N-fachen Mittelwert, ihre Intervalle sind breit</translation>
    </message>
    <message>
        <source>The history store: a SQLite file or postgresql://user@host:port/database (default: history.sqlite in the user&apos;s data folder).</source>
        <translation>Der Verlaufsspeicher: eine SQLite-Datei oder postgresql://benutzer@host:port/datenbank (Vorgabe: history.sqlite im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>attriscope history %1: unknown --format &apos;%2&apos; (json or markdown)</source>
        <translation>attriscope history %1: unbekanntes --format „%2“ (json oder markdown)</translation>
    </message>
    <message>
        <source>attriscope history %1: %2</source>
        <translation>attriscope history %1: %2</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 Kerne</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>torch %1</source>
        <translation>torch %1</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>no CUDA</source>
        <translation>kein CUDA</translation>
    </message>
    <message>
        <source>MPS</source>
        <translation>MPS</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stores the sources as one run in the history.</source>
        <translation>Speichert die Quellen als einen Lauf im Verlauf.</translation>
    </message>
    <message>
        <source>A name for the run (default: the sources&apos; names).</source>
        <translation>Ein Name für den Lauf (Vorgabe: die Namen der Quellen).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>attriscope history add: no SOURCE given (a file, an http(s) URL, or --sample)</source>
        <translation>attriscope history add: keine QUELLE angegeben (eine Datei, eine http(s)-URL oder --sample)</translation>
    </message>
    <message>
        <source>Added run %1 to %2: %3 prompt row(s), %4 method row(s).</source>
        <translation>Lauf %1 zu %2 hinzugefügt: %3 Prompt-Zeile(n), %4 Methoden-Zeile(n).</translation>
    </message>
    <message>
        <source>Already stored as run %1 in %2: no run added.</source>
        <translation>Bereits als Lauf %1 in %2 gespeichert: kein Lauf hinzugefügt.</translation>
    </message>
    <message>
        <source>attriscope history add: %1</source>
        <translation>attriscope history add: %1</translation>
    </message>
    <message>
        <source>Lists the stored runs, oldest first.</source>
        <translation>Listet die gespeicherten Läufe auf, die ältesten zuerst.</translation>
    </message>
    <message>
        <source>attriscope history list: %1</source>
        <translation>attriscope history list: %1</translation>
    </message>
    <message>
        <source>### AttriScope runs

</source>
        <translation>### AttriScope-Läufe

</translation>
    </message>
    <message>
        <source>| Run | Label | Added (UTC) | Sources | Prompt rows | Environment |
</source>
        <translation>| Lauf | Bezeichnung | Hinzugefügt (UTC) | Quellen | Prompt-Zeilen | Umgebung |
</translation>
    </message>
    <message>
        <source>Shows each group&apos;s median time over the stored runs, oldest first.</source>
        <translation>Zeigt die Medianzeit jeder Gruppe über die gespeicherten Läufe, die ältesten zuerst.</translation>
    </message>
    <message>
        <source>attriscope history trend: %1</source>
        <translation>attriscope history trend: %1</translation>
    </message>
    <message>
        <source>### AttriScope trend

</source>
        <translation>### AttriScope-Verlauf

</translation>
    </message>
    <message>
        <source>| Model | Method | Hardware | Run | Label | Median | 95 % interval of the median | Mean | n |
</source>
        <translation>| Modell | Methode | Hardware | Lauf | Bezeichnung | Median | 95-%-Intervall des Medians | Mittelwert | n |
</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Compares the latest run with the one before it (or --baseline), group by group, with the test and verdicts of compare.</source>
        <translation>Vergleicht den neuesten Lauf mit dem davor (oder --baseline), Gruppe für Gruppe, mit dem Test und den Urteilen von compare.</translation>
    </message>
    <message>
        <source>The run to compare with: its id, or the latest run with this label.</source>
        <translation>Der Lauf, mit dem verglichen wird: seine ID oder der neueste Lauf mit dieser Bezeichnung.</translation>
    </message>
    <message>
        <source>ID|LABEL</source>
        <translation>ID|BEZEICHNUNG</translation>
    </message>
    <message>
        <source>attriscope history check: %1</source>
        <translation>attriscope history check: %1</translation>
    </message>
    <message>
        <source>attriscope history check: %1 holds no run</source>
        <translation>attriscope history check: %1 enthält keinen Lauf</translation>
    </message>
    <message>
        <source>attriscope history check: no run with id or label &apos;%1&apos; in %2</source>
        <translation>attriscope history check: kein Lauf mit ID oder Bezeichnung „%1“ in %2</translation>
    </message>
    <message>
        <source>attriscope history check: %1 holds one run; nothing to compare it with</source>
        <translation>attriscope history check: %1 enthält nur einen Lauf; nichts, womit er verglichen werden kann</translation>
    </message>
    <message>
        <source>attriscope history check: the baseline is the latest run (%1); nothing to compare it with</source>
        <translation>attriscope history check: der Referenzlauf ist der neueste Lauf (%1); nichts, womit er verglichen werden kann</translation>
    </message>
    <message>
        <source>Run %1 (%2) against run %3 (%4).

</source>
        <translation>Lauf %1 (%2) gegen Lauf %3 (%4).

</translation>
    </message>
    <message>
        <source>attriscope history check: %1 regression(s)</source>
        <translation>attriscope history check: %1 Regression(en)</translation>
    </message>
    <message>
        <source>Removes a run and its rows from the history.</source>
        <translation>Entfernt einen Lauf und seine Zeilen aus dem Verlauf.</translation>
    </message>
    <message>
        <source>The run&apos;s id (history list).</source>
        <translation>Die ID des Laufs (history list).</translation>
    </message>
    <message>
        <source>attriscope history remove: needs exactly one run ID (a positive number)</source>
        <translation>attriscope history remove: braucht genau eine Lauf-ID (eine positive Zahl)</translation>
    </message>
    <message>
        <source>attriscope history remove: %1</source>
        <translation>attriscope history remove: %1</translation>
    </message>
    <message>
        <source>attriscope history remove: no run %1 in %2</source>
        <translation>attriscope history remove: kein Lauf %1 in %2</translation>
    </message>
    <message>
        <source>Removed run %1 from %2.</source>
        <translation>Lauf %1 aus %2 entfernt.</translation>
    </message>
    <message>
        <source>usage: attriscope history add|list|trend|check|remove [--db DB] …
  add [--label TEXT] SOURCE...   store the sources as one run
  list                           the stored runs, oldest first
  trend [filters]                each group&apos;s median time over the runs
  check [--baseline ID|LABEL]    the latest run against the one before it
  remove ID                      delete a run
Each takes --help. Default store: %1</source>
        <translation>Aufruf: attriscope history add|list|trend|check|remove [--db DB] …
  add [--label TEXT] QUELLE...   die Quellen als einen Lauf speichern
  list                           die gespeicherten Läufe, die ältesten zuerst
  trend [Filter]                 die Medianzeit jeder Gruppe über die Läufe
  check [--baseline ID|LABEL]    den neuesten Lauf gegen den davor
  remove ID                      einen Lauf löschen
Jeder nimmt --help. Vorgabe-Speicher: %1</translation>
    </message>
    <message>
        <source>attriscope history: unknown command &apos;%1&apos;</source>
        <translation>attriscope history: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>light (default) or dark: the pictures&apos; colours, as in the window.</source>
        <translation>light (Vorgabe) oder dark: die Farben der Bilder, wie im Fenster.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEMA</translation>
    </message>
    <message>
        <source>attriscope export: unknown --theme &apos;%1&apos; (light or dark)</source>
        <translation>attriscope export: unbekanntes --theme „%1“ (light oder dark)</translation>
    </message>
    <message>
        <source>--source &apos;%1&apos; matches nothing; known: %2</source>
        <translation>--source „%1“ passt auf keine Quelle; bekannt: %2</translation>
    </message>
    <message>
        <source>Use only this loaded source: its name as given or its file name (repeatable).</source>
        <translation>Nur diese geladene Quelle verwenden: ihr Name wie angegeben oder ihr Dateiname (wiederholbar).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>Baseline run</source>
        <translation>Referenzlauf</translation>
    </message>
    <message>
        <source>Candidate run</source>
        <translation>Kandidatenlauf</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>A ratio beyond 1 ± this is a regression or improvement (if also significant)</source>
        <translation>Ein Verhältnis jenseits von 1 ± diesem Wert ist eine Regression oder Verbesserung (wenn es auch signifikant ist)</translation>
    </message>
    <message>
        <source>Significance level alpha</source>
        <translation>Signifikanzniveau Alpha</translation>
    </message>
    <message>
        <source>Significance level of the Mann–Whitney U test</source>
        <translation>Signifikanzniveau des Mann-Whitney-U-Tests</translation>
    </message>
    <message>
        <source>⇄</source>
        <translation>⇄</translation>
    </message>
    <message>
        <source>Swap baseline and candidate</source>
        <translation>Referenz und Kandidat tauschen</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Kandidat:</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>&amp;Schwelle:</translation>
    </message>
    <message>
        <source>&amp;Alpha:</source>
        <translation>&amp;Alpha:</translation>
    </message>
    <message>
        <source>Ratio chart</source>
        <translation>Verhältnisdiagramm</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>Vergleichstabelle</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Zusammenfassung des Vergleichs</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Load two runs to compare them.
One source is loaded: open another (File ▸ Open) and choose baseline and candidate here.</source>
        <translation>Laden Sie zwei Läufe, um sie zu vergleichen.
Eine Quelle ist geladen: Öffnen Sie eine weitere (Datei ▸ Öffnen) und wählen Sie hier Referenz und Kandidat.</translation>
    </message>
    <message>
        <source>Load two runs to compare them.</source>
        <translation>Laden Sie zwei Läufe, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Baseline and candidate are the same run: choose two different ones.</source>
        <translation>Referenz und Kandidat sind derselbe Lauf: Wählen Sie zwei verschiedene.</translation>
    </message>
    <message>
        <source>Preparing the comparison…</source>
        <translation>Vergleich wird vorbereitet…</translation>
    </message>
    <message>
        <source>The two runs have no model, method and hardware in common.</source>
        <translation>Die beiden Läufe haben keine Kombination aus Modell, Methode und Hardware gemeinsam.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:%1&quot;&gt;%n regression(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:%1&quot;&gt;%n Regression&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:%1&quot;&gt;%n Regressionen&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:%1&quot;&gt;%n improvement(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:%1&quot;&gt;%n Verbesserung&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:%1&quot;&gt;%n Verbesserungen&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with too few prompts</source>
        <translation>
            <numerusform>%n mit zu wenigen Prompts</numerusform>
            <numerusform>%n mit zu wenigen Prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n only in the candidate</source>
        <translation>
            <numerusform>%n nur im Kandidaten</numerusform>
            <numerusform>%n nur im Kandidaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n only in the baseline</source>
        <translation>
            <numerusform>%n nur in der Referenz</numerusform>
            <numerusform>%n nur in der Referenz</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Geometric mean ratio %2 (candidate / baseline; threshold %3 %, alpha %4).</source>
        <translation>%1. Geometrisches Mittel der Verhältnisse %2 (Kandidat / Referenz; Schwelle %3 %, Alpha %4).</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4: %5 (p = %6)
Baseline median %7 (n = %8)
Candidate median %9 (n = %10)</source>
        <translation>%1 · %2 · %3
%4: %5 (p = %6)
Median der Referenz %7 (n = %8)
Median des Kandidaten %9 (n = %10)</translation>
    </message>
    <message>
        <source>needs two loaded runs with groups in common</source>
        <translation>braucht zwei geladene Läufe mit gemeinsamen Gruppen</translation>
    </message>
    <message>
        <source>Candidate / baseline median time per group</source>
        <translation>Median-Zeit je Gruppe, Kandidat / Referenz</translation>
    </message>
    <message>
        <source>Right of 1× the candidate is slower, left of it faster. Largest change on top.</source>
        <translation>Rechts von 1× ist der Kandidat langsamer, links davon schneller. Größte Änderung oben.</translation>
    </message>
    <message>
        <source>Right of 1× the candidate is slower, left of it faster. One dot per method (hover for its name); the model with the largest change on top.</source>
        <translation>Rechts von 1× ist der Kandidat langsamer, links davon schneller. Ein Punkt je Methode (Name beim Überfahren); das Modell mit der größten Änderung oben.</translation>
    </message>
    <message>
        <source>Ratio of median times, candidate / baseline</source>
        <translation>Verhältnis der Median-Zeiten, Kandidat / Referenz</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>%1 the baseline run, %2 the candidate run, each after a dot in its colour</extracomment>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>### AttriScope comparison

</source>
        <translation>### AttriScope-Vergleich

</translation>
    </message>
    <message>
        <source>%1 regression(s), %2 improvement(s), %3 unchanged; geometric mean ratio %4 (threshold %5 %, alpha %6).

</source>
        <translation>%1 Regression(en), %2 Verbesserung(en), %3 unverändert; geometrisches Mittel der Verhältnisse %4 (Schwelle %5 %, Alpha %6).

</translation>
    </message>
    <message>
        <source>| Model | Method | Hardware | Baseline median | Candidate median | Ratio | p | n (base/cand) | Verdict |
</source>
        <translation>| Modell | Methode | Hardware | Median Referenz | Median Kandidat | Verhältnis | p | n (Ref./Kand.) | Urteil |
</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Too few prompts</source>
        <translation>Zu wenige Prompts</translation>
    </message>
    <message>
        <source>Added (candidate only)</source>
        <translation>Hinzugekommen (nur Kandidat)</translation>
    </message>
    <message>
        <source>Removed (baseline only)</source>
        <translation>Entfallen (nur Referenz)</translation>
    </message>
    <message>
        <source>Candidate median / baseline median: above 1 is slower</source>
        <translation>Median des Kandidaten / Median der Referenz: über 1 ist langsamer</translation>
    </message>
    <message>
        <source>Two-sided Mann–Whitney U test of the prompt times</source>
        <translation>Zweiseitiger Mann-Whitney-U-Test der Prompt-Zeiten</translation>
    </message>
    <message>
        <source>Regression or improvement: the ratio is beyond the threshold and p &lt; alpha</source>
        <translation>Regression oder Verbesserung: Das Verhältnis liegt jenseits der Schwelle und p &lt; Alpha</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Baseline median</source>
        <translation>Median Referenz</translation>
    </message>
    <message>
        <source>Candidate median</source>
        <translation>Median Kandidat</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>n baseline</source>
        <translation>n Referenz</translation>
    </message>
    <message>
        <source>n candidate</source>
        <translation>n Kandidat</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
</context>
<context>
    <name>CostEstimate</name>
    <message>
        <source>### Estimated attribution time for %1 prompts of %2 input tokens

</source>
        <translation>### Geschätzte Attributionszeit für %1 Prompts mit je %2 Eingabe-Token

</translation>
    </message>
    <message>
        <source>
⚠ %1 tokens lies outside the token range the fit saw: the estimate extrapolates.
</source>
        <translation>
⚠ %1 Token liegt außerhalb des Token-Bereichs, den die Anpassung gesehen hat: Die Schätzung extrapoliert.
</translation>
    </message>
    <message>
        <source>| Model | Method | Hardware | Per prompt | Total | 95 % prediction interval | Fit n | R² |
</source>
        <translation>| Modell | Methode | Hardware | Pro Prompt | Gesamt | 95-%-Vorhersageintervall | Fit n | R² |
</translation>
    </message>
    <message>
        <source>
⚠ R² below %1: input tokens explain little of the time, the estimate is mostly the mean and its interval is wide.
</source>
        <translation>
⚠ R² unter %1: Die Eingabe-Tokens erklären wenig von der Zeit, die Schätzung ist im Wesentlichen der Mittelwert und ihr Intervall ist breit.
</translation>
    </message>
</context>
<context>
    <name>CostEstimateModel</name>
    <message>
        <source>The token count lies outside the tokens this fit saw: the estimate extrapolates.</source>
        <translation>Die Token-Zahl liegt außerhalb der Token, die diese Anpassung gesehen hat: Die Schätzung extrapoliert.</translation>
    </message>
    <message>
        <source>⚠ extrapolated</source>
        <translation>⚠ extrapoliert</translation>
    </message>
    <message>
        <source>intercept + slope × T, from the least-squares fit of time against input tokens</source>
        <translation>Achsenabschnitt + Steigung × T, aus der Kleinste-Quadrate-Anpassung der Zeit an die Eingabe-Token</translation>
    </message>
    <message>
        <source>Coefficient of determination of the fit</source>
        <translation>Bestimmtheitsmaß der Anpassung</translation>
    </message>
    <message>
        <source>Prompts the fit used</source>
        <translation>Prompts, die die Anpassung verwendet hat</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Per prompt</source>
        <translation>Pro Prompt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>r²</source>
        <translation>r²</translation>
    </message>
    <message>
        <source>Fit n</source>
        <translation>n (Anpassung)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>R² below %1: input tokens explain little of the time, so the interval is wide.</source>
        <translation>R² unter %1: Die Eingabe-Tokens erklären wenig von der Zeit, daher ist das Intervall breit.</translation>
    </message>
    <message>
        <source>95 % prediction interval of the total for N prompts of T tokens, from the fit&apos;s residual variance and the uncertainty of the line (docs/metrics.md)</source>
        <translation>95-%-Vorhersageintervall der Gesamtzeit für N Prompts mit T Tokens, aus der Residuenvarianz der Anpassung und der Unsicherheit der Geraden (docs/metrics.md)</translation>
    </message>
    <message>
        <source>⚠ extrapolated, weak fit</source>
        <translation>⚠ extrapoliert, schwache Anpassung</translation>
    </message>
    <message>
        <source>⚠ weak fit</source>
        <translation>⚠ schwache Anpassung</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: no CSV header</source>
        <translation>%1: keine CSV-Kopfzeile</translation>
    </message>
    <message>
        <source>%1: line %2: the CSV header names no known timing table (expected columns such as total_prompts or prompt_id)</source>
        <translation>%1: Zeile %2: Die CSV-Kopfzeile benennt keine bekannte Zeitmessungstabelle (erwartet werden Spalten wie total_prompts oder prompt_id)</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>nicht abgeschlossenes Feld in Anführungszeichen</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation>kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>%1 fields, header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat %2</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Search model, method, hardware, prompt…</source>
        <translation>Modell, Methode, Hardware, Prompt suchen…</translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation>Zeilen durchsuchen</translation>
    </message>
    <message>
        <source>Method rows</source>
        <translation>Methodenzeilen</translation>
    </message>
    <message>
        <source>Prompt rows</source>
        <translation>Prompt-Zeilen</translation>
    </message>
    <message>
        <source>Method rows: %1</source>
        <translation>Methodenzeilen: %1</translation>
    </message>
    <message>
        <source>Prompt rows: %1</source>
        <translation>Prompt-Zeilen: %1</translation>
    </message>
    <message>
        <source>Method rows: %1 of %2 shown</source>
        <translation>Methodenzeilen: %1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Prompt rows: %1 of %2 shown</source>
        <translation>Prompt-Zeilen: %1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Shows the rows that contain every word, each in any of model, method, hardware, prompt id or prompt text (case does not matter)</source>
        <translation>Zeigt die Zeilen, die jedes Wort enthalten, jedes in Modell, Methode, Hardware, Prompt-ID oder Prompt-Text (Groß-/Kleinschreibung egal)</translation>
    </message>
    <message>
        <source>no row has all of %1 (with the filter)</source>
        <translation>keine Zeile enthält alle von %1 (mit dem Filter)</translation>
    </message>
    <message>
        <source>sorting…</source>
        <translation>wird sortiert …</translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Lower whisker</source>
        <translation>Unterer Whisker</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>Upper whisker</source>
        <translation>Oberer Whisker</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
</context>
<context>
    <name>DistributionTab</name>
    <message>
        <source>&amp;Log scale</source>
        <translation>&amp;Log-Skala</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>&amp;Hardware:</source>
        <translation>&amp;Hardware:</translation>
    </message>
    <message>
        <source>Distribution of prompt times</source>
        <translation>Verteilung der Prompt-Zeiten</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>All, side by side</source>
        <translation>Alle, nebeneinander</translation>
    </message>
    <message>
        <source>No successful prompt has a time: there is no distribution to show.
Per-prompt rows are needed (method summary rows have only means).</source>
        <translation>Kein erfolgreicher Prompt hat eine Zeit: Es gibt keine Verteilung zu zeigen.
Dazu sind Zeilen pro Prompt nötig (Methodenzusammenfassungen enthalten nur Mittelwerte).</translation>
    </message>
    <message>
        <source>Attribution time per prompt (s)</source>
        <translation>Attributionszeit pro Prompt (s)</translation>
    </message>
    <message>
        <source>Prompt times per method and model, each hardware separately</source>
        <translation>Prompt-Zeiten pro Methode und Modell, jede Hardware einzeln</translation>
    </message>
    <message>
        <source>Prompt times per method and model on %1</source>
        <translation>Prompt-Zeiten pro Methode und Modell auf %1</translation>
    </message>
    <message>
        <source>Box: quartiles and median; whiskers: furthest time within 1.5 IQR; points: beyond</source>
        <translation>Box: Quartile und Median; Whisker: entfernteste Zeit innerhalb von 1,5 IQR; Punkte: darüber hinaus</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3
Median %4
Quartiles %5 – %6
Whiskers %7 – %8
%n prompt(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3
Median %4
Quartile %5 – %6
Whisker %7 – %8
%n Prompt</numerusform>
            <numerusform>%1 · %2 · %3
Median %4
Quartile %5 – %6
Whisker %7 – %8
%n Prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s) beyond 1.5 IQR</source>
        <translation>
            <numerusform>%n Ausreißer jenseits von 1,5 IQR</numerusform>
            <numerusform>%n Ausreißer jenseits von 1,5 IQR</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: outlier %2</source>
        <translation>%1: Ausreißer %2</translation>
    </message>
    <message>
        <source>Showing %1 of %2 models and %3 of %4 categories, the first by name; filter to see others.</source>
        <translation>Gezeigt werden %1 von %2 Modellen und %3 von %4 Kategorien, die ersten nach Namen; filtern, um andere zu sehen.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Every model (a box per model), or one model (its methods, a box per hardware)</source>
        <translation>Jedes Modell (eine Box je Modell) oder ein Modell (seine Methoden, eine Box je Hardware)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Every model</source>
        <translation>Jedes Modell</translation>
    </message>
    <message>
        <source>Prompt times of %1 per method, each hardware separately</source>
        <translation>Prompt-Zeiten von %1 je Methode, jede Hardware für sich</translation>
    </message>
    <message>
        <source>Prompt times of %1 per method on %2</source>
        <translation>Prompt-Zeiten von %1 je Methode auf %2</translation>
    </message>
    <message>
        <source>one of %1 models, choose under Model</source>
        <translation>eines von %1 Modellen, Auswahl unter Modell</translation>
    </message>
</context>
<context>
    <name>DotPlot</name>
    <message>
        <source> · log scale</source>
        <translation> · logarithmische Skala</translation>
    </message>
    <message>
        <source>%1 more in grey (click to choose)</source>
        <translation>%1 weitere in Grau (zum Auswählen klicken)</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <source>%1: no data for %2 s</source>
        <translation>%1: seit %2 s keine Daten</translation>
    </message>
    <message>
        <source>%1: transfer took longer than %2 s</source>
        <translation>%1: Die Übertragung dauerte länger als %2 s</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: response is %2 bytes, over the size limit of %3 bytes</source>
        <translation>%1: Die Antwort hat %2 Byte und überschreitet die Größengrenze von %3 Byte</translation>
    </message>
    <message>
        <source>%1: out of memory after %2 bytes</source>
        <translation>%1: kein Speicher mehr nach %2 Byte</translation>
    </message>
    <message>
        <source>%1: response exceeds the size limit of %2 bytes</source>
        <translation>%1: Die Antwort überschreitet die Größengrenze von %2 Byte</translation>
    </message>
    <message>
        <source>%1: SSL error: %2</source>
        <translation>%1: SSL-Fehler: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: HTTP %2: redirect without a Location header</source>
        <translation>%1: HTTP %2: Weiterleitung ohne Location-Header</translation>
    </message>
    <message>
        <source>%1: redirect to %2 refused: only http and https redirects are followed</source>
        <translation>%1: Weiterleitung nach %2 abgelehnt: Nur Weiterleitungen auf http und https werden verfolgt</translation>
    </message>
    <message>
        <source>%1: too many redirects (more than %2)</source>
        <translation>%1: zu viele Weiterleitungen (mehr als %2)</translation>
    </message>
    <message>
        <source>%1: after %2 bytes: %3</source>
        <translation>%1: nach %2 Byte: %3</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source> (if the server needs a token, pass --header &apos;Authorization: Bearer &lt;token&gt;&apos;)</source>
        <translation> (wenn der Server ein Token verlangt, --header &apos;Authorization: Bearer &lt;token&gt;&apos; angeben)</translation>
    </message>
    <message>
        <source>%1 (redirected to %2)</source>
        <translation>%1 (weitergeleitet nach %2)</translation>
    </message>
    <message>
        <source>%1: after %2 of %3 bytes: %4</source>
        <translation>%1: nach %2 von %3 Byte: %4</translation>
    </message>
    <message>
        <source>%1: after %2 of %3 bytes: the connection ended before the whole body came</source>
        <translation>%1: nach %2 von %3 Byte: Die Verbindung endete, bevor die ganze Antwort ankam</translation>
    </message>
    <message>
        <source>%1… (%2 characters)</source>
        <translation>%1… (%2 Zeichen)</translation>
    </message>
    <message>
        <source>%1: no data for %2 s (not even a whole response header; headers of megabytes, such as a huge Location, also end so)</source>
        <translation>%1: keine Daten seit %2 s (nicht einmal ein vollständiger Antwortkopf; Kopfzeilen von Megabytes, etwa eine riesige Location, enden ebenso)</translation>
    </message>
    <message>
        <source>%1: too slow: %2 bytes in %3 s, under the minimum of %4 bytes a second</source>
        <translation>%1: zu langsam: %2 Bytes in %3 s, unter dem Minimum von %4 Bytes pro Sekunde</translation>
    </message>
    <message>
        <source>%1: HTTP %2: redirect whose headers could not be read: a header longer than 100 KiB (such as a huge Location) drops them all</source>
        <translation>%1: HTTP %2: Weiterleitung, deren Kopfzeilen nicht lesbar waren: eine Kopfzeile über 100 KiB (etwa eine riesige Location) verwirft sie alle</translation>
    </message>
    <message>
        <source>%1: HTTP %2: the server sent an informational response before its answer, which Qt&apos;s HTTP client cannot read past; turn such responses (Early Hints) off for this URL</source>
        <translation>%1: HTTP %2: der Server sandte vor seiner Antwort eine Zwischenantwort, über die Qts HTTP-Client nicht hinaus lesen kann; solche Antworten (Early Hints) für diese URL abschalten</translation>
    </message>
    <message>
        <source>%1: the server sent an empty body: its chunked transfer encoding is broken or empty (a chunk size that is not hexadecimal or too large ends the body there)</source>
        <translation>%1: der Server sandte einen leeren Inhalt: seine Chunked-Kodierung ist kaputt oder leer (eine Chunk-Größe, die nicht hexadezimal oder zu groß ist, beendet den Inhalt dort)</translation>
    </message>
</context>
<context>
    <name>EmptyStateStack</name>
    <message>
        <source>No data matches the filter.
Select at least one model, method and hardware.</source>
        <translation>Keine Daten passen zum Filter.
Wählen Sie mindestens ein Modell, eine Methode und eine Hardware.</translation>
    </message>
    <message>
        <source>No data loaded yet.

Drop timing files (JSON, JSON Lines, CSV) or a URL on this window,
open a file (Ctrl+O) or a URL (Ctrl+Shift+O),
or look at the bundled sample (File ▸ Open Sample Data).</source>
        <translation>Noch keine Daten geladen.

Ziehen Sie Timing-Dateien (JSON, JSON Lines, CSV) oder eine URL auf dieses Fenster,
öffnen Sie eine Datei (Strg+O) oder eine URL (Strg+Umschalt+O)
oder sehen Sie sich die mitgelieferten Beispieldaten an (Datei ▸ Beispieldaten öffnen).</translation>
    </message>
    <message>
        <source>Loading timing data…

Progress and Cancel are in the status bar below.</source>
        <translation>Zeitmessdaten werden geladen…

Fortschritt und Abbrechen stehen in der Statusleiste unten.</translation>
    </message>
</context>
<context>
    <name>EnvironmentModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>Speicher (GB)</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>torch</source>
        <translation>torch</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>MPS</source>
        <translation>MPS</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chart(s) to %1</source>
        <translation>
            <numerusform>%n Diagramm nach %1 exportiert</numerusform>
            <numerusform>%n Diagramme nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Groups Table</source>
        <translation>Gruppentabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n group(s) to %1</source>
        <translation>
            <numerusform>%n Gruppe nach %1 exportiert</numerusform>
            <numerusform>%n Gruppen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the %1 chart to the clipboard</source>
        <translation>Diagramm „%1“ in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>These files already exist:
%1

Replace them?</source>
        <translation>Diese Dateien existieren bereits:
%1

Ersetzen?</translation>
    </message>
    <message>
        <source>Replace Files</source>
        <translation>Dateien ersetzen</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not export to %1.</source>
        <translation>Export nach %1 nicht möglich.</translation>
    </message>
    <message>
        <source>Save Chart Data</source>
        <translation>Diagrammdaten speichern</translation>
    </message>
    <message>
        <source>Saved the data of the %1 chart to %2</source>
        <translation>Die Daten des Diagramms %1 wurden in %2 gespeichert</translation>
    </message>
    <message>
        <source>Copied the data of the %1 chart to the clipboard</source>
        <translation>Die Daten des Diagramms %1 wurden in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>; nothing to show, not written: %1</source>
        <translation>; nichts darzustellen, nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation>Alle Diagramme exportieren</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>1× (standard)</source>
        <translation>1× (Standard)</translation>
    </message>
    <message>
        <source>2× (high DPI)</source>
        <translation>2× (hohe DPI)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <source>Export Into Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>The image has the size times the scale in pixels.</source>
        <translation>Das Bild hat die Größe mal der Skalierung in Pixeln.</translation>
    </message>
    <message>
        <source>Vector output: the size sets the page, the scale is not used.</source>
        <translation>Vektorausgabe: Die Größe bestimmt die Seite, die Skalierung wird nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>FieldMapper</name>
    <message>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1[%2] (record %3)</source>
        <translation>%1[%2] (Datensatz %3)</translation>
    </message>
    <message>
        <source>%1[%2] (record %3, byte %4)</source>
        <translation>%1[%2] (Datensatz %3, Byte %4)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>non-finite value %1</source>
        <translation>nicht endlicher Wert %1</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true oder false erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>fehlt oder ist leer</translation>
    </message>
    <message>
        <source>%1: %2, field &quot;%3&quot;: appears more than once in the row; the last value is used</source>
        <translation>%1: %2, Feld „%3“: kommt mehrfach in der Zeile vor; der letzte Wert wird verwendet</translation>
    </message>
    <message>
        <source>negative time %1</source>
        <translation>negative Zeit %1</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to %1, found %2</source>
        <translation>erwartet eine ganze Zahl von 0 bis %1, gefunden %2</translation>
    </message>
    <message>
        <source>%1 is more than total_prompts %2</source>
        <translation>%1 ist mehr als total_prompts %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1: %2, field &quot;%3&quot;: %4; treated as missing</source>
        <translation>%1: %2, Feld „%3“: %4; als fehlend behandelt</translation>
    </message>
    <message>
        <source>%1: %2, field &quot;%3&quot;: %4; row skipped</source>
        <translation>%1: %2, Feld „%3“: %4; Zeile übersprungen</translation>
    </message>
    <message>
        <source>%1: %2: %3; row skipped</source>
        <translation>%1: %2: %3; Zeile übersprungen</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>time %1 s is over the limit of %2 s (about 31 years)</source>
        <translation>Zeit %1 s liegt über der Grenze von %2 s (etwa 31 Jahre)</translation>
    </message>
    <message>
        <source>negative tokens per second %1</source>
        <translation>negative Token pro Sekunde %1</translation>
    </message>
    <message>
        <source>negative token count %1</source>
        <translation>negative Tokenzahl %1</translation>
    </message>
    <message>
        <source>%1 tokens per second is over the limit of %2</source>
        <translation>%1 Token pro Sekunde liegen über der Grenze von %2</translation>
    </message>
    <message>
        <source>token count %1 is over the limit of %2</source>
        <translation>Tokenzahl %1 liegt über der Grenze von %2</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Search names…</source>
        <translation>Namen suchen…</translation>
    </message>
    <message>
        <source>Search the filter lists</source>
        <translation>Die Filterlisten durchsuchen</translation>
    </message>
    <message>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Show all %1 the search leaves in the list</source>
        <translation>Alle %1 anzeigen, die die Suche in der Liste lässt</translation>
    </message>
    <message>
        <source>Hide all %1 the search leaves in the list</source>
        <translation>Alle %1 ausblenden, die die Suche in der Liste lässt</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Alle %1 anzeigen</translation>
    </message>
    <message>
        <source>Hide all %1</source>
        <translation>Alle %1 ausblenden</translation>
    </message>
    <message>
        <source>Shown %1</source>
        <translation>Angezeigte %1</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt row(s)</source>
        <translation>
            <numerusform>%n Prompt-Zeile</numerusform>
            <numerusform>%n Prompt-Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Shown sources</source>
        <translation>Angezeigte Quellen</translation>
    </message>
    <message>
        <source>Untick a source (run) to leave it out of every tab</source>
        <translation>Den Haken einer Quelle (eines Laufs) entfernen, um sie aus allen Reitern herauszunehmen</translation>
    </message>
    <message>
        <source>Pooled sources</source>
        <translation>Zusammengelegte Quellen</translation>
    </message>
    <message>
        <source>Groups (model, method, hardware) that have rows in several shown sources show the statistics of all their rows together</source>
        <translation>Gruppen (Modell, Methode, Hardware) mit Zeilen aus mehreren angezeigten Quellen zeigen die Statistik all ihrer Zeilen zusammen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>GroupStatsModel</name>
    <message>
        <source>From the method summary row: this group has no prompt rows.</source>
        <translation>Aus der Methodenzusammenfassung: Diese Gruppe hat keine Prompt-Zeilen.</translation>
    </message>
    <message>
        <source>Input tokens per second of attribution, over successful prompts</source>
        <translation>Eingabe-Token pro Sekunde Attribution, über erfolgreiche Prompts</translation>
    </message>
    <message>
        <source>95th percentile, linear interpolation between order statistics</source>
        <translation>95. Perzentil, lineare Interpolation zwischen den Ordnungsstatistiken</translation>
    </message>
    <message>
        <source>Sample standard deviation (n − 1); needs two timed prompts</source>
        <translation>Stichproben-Standardabweichung (n − 1); braucht zwei Prompts mit Zeit</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>Mittlere Zeit</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Medianzeit</translation>
    </message>
    <message>
        <source>Min time</source>
        <translation>Min. Zeit</translation>
    </message>
    <message>
        <source>Max time</source>
        <translation>Max. Zeit</translation>
    </message>
    <message>
        <source>P95 time</source>
        <translation>P95-Zeit</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <source>Mean tokens/s</source>
        <translation>Mittlere Token/s</translation>
    </message>
    <message>
        <source>Median tokens/s</source>
        <translation>Median Token/s</translation>
    </message>
</context>
<context>
    <name>GroupedBarModel</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
</context>
<context>
    <name>HardwareModel</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
</context>
<context>
    <name>HardwareTab</name>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Speed-up between hardware</source>
        <translation>Beschleunigung zwischen Hardware</translation>
    </message>
    <message>
        <source>Hardware comparison chart</source>
        <translation>Diagramm Hardwarevergleich</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>Alle Methoden</translation>
    </message>
    <message>
        <source>No timed data for the method “%1” with the current filter.</source>
        <translation>Keine Zeitdaten für die Methode „%1“ mit dem aktuellen Filter.</translation>
    </message>
    <message>
        <source>methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>%1 on %2
Mean time: %3
n = %4 prompts</source>
        <translation>%1 auf %2
Mittlere Zeit: %3
n = %4 Prompts</translation>
    </message>
    <message>
        <source> (%1 %2 on both)</source>
        <translation> (%1 %2 auf beiden)</translation>
    </message>
    <message>
        <source>Speed-up: needs two or more hardware with the same %1.</source>
        <translation>Beschleunigung: braucht mindestens zwei Hardware mit denselben %1.</translation>
    </message>
    <message>
        <source>Mean time per prompt across hardware: %1</source>
        <translation>Ø Zeit pro Prompt je Hardware: %1</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Mean time per prompt (s)</source>
        <translation>Ø Zeit pro Prompt (s)</translation>
    </message>
    <message>
        <source>%1 faster than %2</source>
        <translation>%1 schneller als %2</translation>
    </message>
    <message>
        <source>%1: %2 is %3</source>
        <translation>%1: %2 ist %3</translation>
    </message>
    <message>
        <source>Rows per model</source>
        <translation>Zeilen je Modell</translation>
    </message>
    <message>
        <source>Rows per method</source>
        <translation>Zeilen je Methode</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <source>By speed-up (largest first)</source>
        <translation>Nach Beschleunigung (größte zuerst)</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logarithmisch</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Automatic: logarithmic when the largest value is more than 10× the smallest</source>
        <translation>Automatisch: logarithmisch, wenn der größte Wert mehr als das 10-Fache des kleinsten ist</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Sortierung:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>Ska&amp;la:</translation>
    </message>
    <message>
        <source>The fastest hardware for %1</source>
        <translation>Die schnellste Hardware für %1</translation>
    </message>
    <message>
        <source>%1 is %2 faster</source>
        <translation>%1 ist %2 schneller</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Am schnellsten</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <source>%1 on %2
Geometric mean of %3 %4&apos; mean times: %5
n = %6 prompts</source>
        <translation>%1 auf %2
Geometrisches Mittel der mittleren Zeiten von %3 %4: %5
n = %6 Prompts</translation>
    </message>
    <message>
        <source>Time per prompt across hardware, all methods</source>
        <translation>Zeit pro Prompt je Hardware, alle Methoden</translation>
    </message>
    <message>
        <source>Lower is better. Each dot: geometric mean of the methods&apos; mean times on that hardware, so no slow method decides it</source>
        <translation>Niedriger ist besser. Jeder Punkt: geometrisches Mittel der mittleren Zeiten der Methoden auf dieser Hardware, damit keine langsame Methode allein entscheidet</translation>
    </message>
    <message>
        <source>Geometric mean of mean times per prompt (s)</source>
        <translation>Geometrisches Mittel der mittleren Zeiten pro Prompt (s)</translation>
    </message>
    <message>
        <source>fastest</source>
        <translation>am schnellsten</translation>
    </message>
    <message>
        <source>columns: each machine&apos;s time as a multiple of the row&apos;s fastest (geometric mean of ratios)</source>
        <translation>Spalten: die Zeit jeder Maschine als Vielfaches der schnellsten der Zeile (geometrisches Mittel der Verhältnisse)</translation>
    </message>
    <message>
        <source>Environment of each machine, as its method rows state it</source>
        <translation>Umgebung jeder Maschine, wie ihre Methoden-Zeilen sie angeben</translation>
    </message>
    <message>
        <source>Environment of each machine</source>
        <translation>Umgebung jeder Maschine</translation>
    </message>
</context>
<context>
    <name>HeatmapModel</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Mean tokens/s</source>
        <translation>Mittlere Token/s</translation>
    </message>
    <message>
        <source>Median tokens/s</source>
        <translation>Median Token/s</translation>
    </message>
    <message>
        <source>Model: %1
Method: %2
Hardware: %3
</source>
        <translation>Modell: %1
Methode: %2
Hardware: %3
</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1: %2
n = %3 prompts</source>
        <translation>%1: %2
n = %3 Prompts</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Methode: %1</translation>
    </message>
</context>
<context>
    <name>HeatmapTab</name>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Mean tokens/s</source>
        <translation>Mittlere Token/s</translation>
    </message>
    <message>
        <source>Median tokens/s</source>
        <translation>Median Token/s</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Linear colour scale</source>
        <translation>Lineare Farbskala</translation>
    </message>
    <message>
        <source>Log colour scale</source>
        <translation>Logarithmische Farbskala</translation>
    </message>
    <message>
        <source>Colour scale</source>
        <translation>Farbskala</translation>
    </message>
    <message>
        <source>&amp;Hardware:</source>
        <translation>&amp;Hardware:</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Zelle:</translation>
    </message>
    <message>
        <source>Tokens per second heatmap</source>
        <translation>Heatmap Token pro Sekunde</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 on %2&lt;/b&gt; (higher is better)</source>
        <translation>&lt;b&gt;%1 auf %2&lt;/b&gt; (höher ist besser)</translation>
    </message>
    <message>
        <source>Automatic colour scale</source>
        <translation>Automatische Farbskala</translation>
    </message>
    <message>
        <source>Automatic: log when the largest value is more than 10× the smallest</source>
        <translation>Automatisch: logarithmisch, wenn der größte Wert mehr als das 10-Fache des kleinsten ist</translation>
    </message>
    <message>
        <source>Every hardware side by side on one colour scale, or one at a time</source>
        <translation>Alle Hardware nebeneinander auf einer Farbskala, oder eine nach der anderen</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <source>By value</source>
        <translation>Nach Wert</translation>
    </message>
    <message>
        <source>By value: highest geometric mean of the tokens/s of a row&apos;s (column&apos;s) cells first</source>
        <translation>Nach Wert: höchstes geometrisches Mittel der Token/s der Zellen einer Zeile (Spalte) zuerst</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>All side by side</source>
        <translation>Alle, nebeneinander</translation>
    </message>
    <message>
        <source>every hardware, one colour scale</source>
        <translation>jeder Hardware, eine Farbskala</translation>
    </message>
    <message>
        <source>Rows: models, columns: methods.</source>
        <translation>Zeilen: Modelle, Spalten: Methoden.</translation>
    </message>
    <message>
        <source>Rows: methods, columns: models.</source>
        <translation>Zeilen: Methoden, Spalten: Modelle.</translation>
    </message>
    <message>
        <source>brighter = more input tokens per second of attribution</source>
        <translation>heller = mehr Eingabe-Token pro Sekunde Attribution</translation>
    </message>
    <message>
        <source>darker red = more input tokens per second of attribution</source>
        <translation>dunkleres Rot = mehr Eingabe-Token pro Sekunde Attribution</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 on %2&lt;/b&gt;&lt;br&gt;%3 Higher is better: %4</source>
        <translation>&lt;b&gt;%1 auf %2&lt;/b&gt;&lt;br&gt;%3 Höher ist besser: %4</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <source>tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>%1 (max)</source>
        <translation>%1 (Max.)</translation>
    </message>
    <message>
        <source>%1 (min)</source>
        <translation>%1 (Min.)</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>logarithmische Skala</translation>
    </message>
    <message>
        <source>linear scale</source>
        <translation>lineare Skala</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Showing %1 of %2 %3 and %4 of %5 %6 (too many to draw); filter to choose.</source>
        <translation>%1 von %2 %3 und %4 von %5 %6 gezeigt (zu viele zum Zeichnen); zum Auswählen filtern.</translation>
    </message>
    <message>
        <source>Hardware: %1</source>
        <translation>Hardware: %1</translation>
    </message>
    <message>
        <source>Colour scale from %1 to %2 (%3); grey: no data</source>
        <translation>Farbskala von %1 bis %2 (%3); grau: keine Daten</translation>
    </message>
</context>
<context>
    <name>HistoryClient</name>
    <message>
        <source>The sources could not be read again.</source>
        <translation>Die Quellen konnten nicht erneut gelesen werden.</translation>
    </message>
</context>
<context>
    <name>HistoryRunsModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>cores</source>
        <translation>Kerne</translation>
    </message>
    <message>
        <source>memory GB</source>
        <translation>Speicher GB</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>torch</source>
        <translation>torch</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>MPS</source>
        <translation>MPS</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Prompt rows</source>
        <translation>Prompt-Zeilen</translation>
    </message>
    <message>
        <source>Method rows</source>
        <translation>Methoden-Zeilen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Environment against the previous run</source>
        <translation>Umgebung gegenüber dem vorigen Lauf</translation>
    </message>
    <message>
        <source>%1: new machine</source>
        <translation>%1: neue Maschine</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not in this run</source>
        <translation>%1: nicht in diesem Lauf</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>nothing stated</source>
        <translation>keine Angaben</translation>
    </message>
    <message>
        <source>Changed against run %1:
%2
</source>
        <translation>Geändert gegenüber Lauf %1:
%2
</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2)</source>
        <translation>%1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>first run</source>
        <translation>erster Lauf</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>written by a newer AttriScope (schema version %1, this one knows %2)</source>
        <translation>von einem neueren AttriScope geschrieben (Schemaversion %1, dieses kennt %2)</translation>
    </message>
    <message>
        <source>history store %1: %2</source>
        <translation>Verlaufsspeicher %1: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver QPSQL is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Qts PostgreSQL-Treiber QPSQL ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver QSQLITE is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>Qts SQLite-Treiber QSQLITE ist nicht installiert (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>not a URL of the form postgresql://user@host:port/database (options go in the PG* environment variables)</source>
        <translation>keine URL der Form postgresql://benutzer@host:port/datenbank (Optionen gehören in die Umgebungsvariablen PG*)</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>not a SQLite database, or damaged (%1)</source>
        <translation>keine SQLite-Datenbank oder beschädigt (%1)</translation>
    </message>
    <message>
        <source>history store %1: source %2 has no content hash</source>
        <translation>Verlaufsspeicher %1: Quelle %2 hat keinen Inhalts-Hash</translation>
    </message>
    <message>
        <source>history store %1: could not add the run, nothing was stored: %2</source>
        <translation>Verlaufsspeicher %1: der Lauf konnte nicht hinzugefügt werden, nichts wurde gespeichert: %2</translation>
    </message>
    <message>
        <source>history store %1: could not remove run %2, nothing was changed: %3</source>
        <translation>Verlaufsspeicher %1: Lauf %2 konnte nicht entfernt werden, nichts wurde geändert: %3</translation>
    </message>
    <message>
        <source>there is no such run</source>
        <translation>diesen Lauf gibt es nicht</translation>
    </message>
    <message>
        <source>the connection was lost and could not be made again: %1</source>
        <translation>die Verbindung ging verloren und ließ sich nicht wieder herstellen: %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Runs</source>
        <translation>Ausgewählte Läufe &amp;vergleichen</translation>
    </message>
    <message>
        <source>History store</source>
        <translation>Verlaufsspeicher</translation>
    </message>
    <message>
        <source>Read the runs from the store again</source>
        <translation>Die Läufe erneut aus dem Speicher lesen</translation>
    </message>
    <message>
        <source>Select two runs in the table to open them in the Compare tab, the older as baseline</source>
        <translation>Wählen Sie zwei Läufe in der Tabelle, um sie im Tab „Vergleich“ zu öffnen, den älteren als Referenz</translation>
    </message>
    <message>
        <source>Stored runs</source>
        <translation>Gespeicherte Läufe</translation>
    </message>
    <message>
        <source>Trend model</source>
        <translation>Modell des Verlaufs</translation>
    </message>
    <message>
        <source>Trend method</source>
        <translation>Methode des Verlaufs</translation>
    </message>
    <message>
        <source>Trend hardware</source>
        <translation>Hardware des Verlaufs</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odell:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Hardware:</source>
        <translation>&amp;Hardware:</translation>
    </message>
    <message numerus="yes">
        <source>%n regression(s) against the run before.</source>
        <translation>
            <numerusform>%n Regression gegenüber dem Lauf davor.</numerusform>
            <numerusform>%n Regressionen gegenüber dem Lauf davor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Store: %1 — could not be read</source>
        <translation>Speicher: %1 – konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The trend could not be read.</source>
        <translation>Der Verlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The stored runs appear here.</source>
        <translation>Hier erscheinen die gespeicherten Läufe.</translation>
    </message>
    <message>
        <source>Store: %1 — reading…</source>
        <translation>Speicher: %1 – wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the runs from %1…</source>
        <translation>Die Läufe werden aus %1 gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Store: %1 — %n run(s)</source>
        <translation>
            <numerusform>Speicher: %1 – %n Lauf</numerusform>
            <numerusform>Speicher: %1 – %n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs stored yet in %1.
File ▸ Add to History… stores the loaded sources as a run; the store&apos;s location is in Edit ▸ Preferences.</source>
        <translation>In %1 sind noch keine Läufe gespeichert.
Datei ▸ Zum Verlauf hinzufügen… speichert die geladenen Quellen als Lauf; der Ort des Speichers steht unter Bearbeiten ▸ Einstellungen.</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>Alle Methoden</translation>
    </message>
    <message>
        <source>All hardware</source>
        <translation>Alle Hardware</translation>
    </message>
    <message>
        <source>Showing %1 of %2 groups: pick a method or hardware to see the others.</source>
        <translation>%1 von %2 Gruppen gezeigt: Wählen Sie eine Methode oder Hardware, um die übrigen zu sehen.</translation>
    </message>
    <message>
        <source>Reading the prompt times…</source>
        <translation>Die Prompt-Zeiten werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the runs…</source>
        <translation>Läufe werden gelesen…</translation>
    </message>
    <message>
        <source>Run %1: %2 (history)</source>
        <translation>Lauf %1: %2 (Verlauf)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>HistoryTrendChart</name>
    <message>
        <source>Trend chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>Band: 95 % interval of the median. Ring: slower than the run before (compare&apos;s test)</source>
        <translation>Band: 95-%-Intervall des Medians. Ring: langsamer als der Lauf davor (Test von compare)</translation>
    </message>
    <message>
        <source>Run, oldest first</source>
        <translation>Lauf, älteste zuerst</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Median time (s)</source>
        <translation>Median der Zeit (s)</translation>
    </message>
    <message>
        <source>Regression against the previous run</source>
        <translation>Regression gegenüber dem vorigen Lauf</translation>
    </message>
    <message>
        <source>%1
Run %2 (%3)
Median %4, 95 % interval %5 (n = %6)
%7</source>
        <translation>%1
Lauf %2 (%3)
Median %4, 95-%-Intervall %5 (n = %6)
%7</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Median time per prompt over the runs</source>
        <translation>Median der Zeit pro Prompt über die Läufe</translation>
    </message>
</context>
<context>
    <name>HistoryTrendModel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>95 % interval, low</source>
        <translation>95-%-Intervall, untere Grenze</translation>
    </message>
    <message>
        <source>95 % interval, high</source>
        <translation>95-%-Intervall, obere Grenze</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Against the previous run</source>
        <translation>Gegenüber dem vorigen Lauf</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>first run</source>
        <translation>erster Lauf</translation>
    </message>
</context>
<context>
    <name>InsightCard</name>
    <message>
        <source>Fastest mean</source>
        <translation>Schnellster Mittelwert</translation>
    </message>
    <message>
        <source>Slowest mean</source>
        <translation>Langsamster Mittelwert</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>Variationskoeffizient</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Failed groups</source>
        <translation>Fehlgeschlagene Gruppen</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Models won</source>
        <translation>Gewonnene Modelle</translation>
    </message>
    <message>
        <source>Best hardware mean</source>
        <translation>Mittelwert beste Hardware</translation>
    </message>
    <message>
        <source>Worst hardware mean</source>
        <translation>Mittelwert schlechteste Hardware</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Smallest n</source>
        <translation>Kleinstes n</translation>
    </message>
    <message>
        <source>Click to show only: %1</source>
        <translation>Klicken, um nur dies zu zeigen: %1</translation>
    </message>
</context>
<context>
    <name>InsightText</name>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 auf %2 (%3)</translation>
    </message>
    <message>
        <source>Performance range</source>
        <translation>Leistungsspanne</translation>
    </message>
    <message>
        <source>The slowest group, %1, takes %2 per prompt: %3 the time of the fastest, %4, at %5.</source>
        <translation>Die langsamste Gruppe, %1, braucht %2 pro Prompt: %3 die Zeit der schnellsten, %4, mit %5.</translation>
    </message>
    <message>
        <source>Most consistent method</source>
        <translation>Gleichmäßigste Methode</translation>
    </message>
    <message>
        <source>%1 varies least across its %2 groups: coefficient of variation %3 of the mean times (average %4 per prompt).</source>
        <translation>%1 schwankt über ihre %2 Gruppen am wenigsten: Variationskoeffizient %3 der mittleren Zeiten (im Schnitt %4 pro Prompt).</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>Kompatibilität</translation>
    </message>
    <message>
        <source>Every method succeeded on at least one prompt in every group.</source>
        <translation>Jede Methode war in jeder Gruppe bei mindestens einem Prompt erfolgreich.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>No prompt succeeded for %1.</source>
        <translation>Kein Prompt war erfolgreich für %1.</translation>
    </message>
    <message>
        <source>Best overall</source>
        <translation>Insgesamt am besten</translation>
    </message>
    <message>
        <source>%1 is the fastest method for %2 of %3 models (%4).</source>
        <translation>%1 ist die schnellste Methode für %2 von %3 Modellen (%4).</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>Few timed prompts</source>
        <translation>Wenige Prompts mit Zeit</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; und %1 weitere</translation>
    </message>
    <message>
        <source>%1 group(s) have fewer than %2 timed prompts; their statistics are uncertain: %3.</source>
        <translation>%1 Gruppe(n) haben weniger als %2 Prompts mit Zeit; ihre Statistiken sind unsicher: %3.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Hardware impact</source>
        <translation>Einfluss der Hardware</translation>
    </message>
    <message>
        <source>%1 (measured on %2 only)</source>
        <translation>%1 (nur auf %2 gemessen)</translation>
    </message>
    <message>
        <source>%1 (no model measured on two of its hardware)</source>
        <translation>%1 (kein Modell auf zwei ihrer Hardware gemessen)</translation>
    </message>
    <message>
        <source>%1: %2 faster on %3 than on %4</source>
        <translation>%1: %2 schneller auf %3 als auf %4</translation>
    </message>
    <message>
        <source>Fastest against slowest hardware per method (geometric mean over the models on both): %1.</source>
        <translation>Schnellste gegen langsamste Hardware je Methode (geometrisches Mittel über die Modelle auf beiden): %1.</translation>
    </message>
    <message>
        <source>Not compared: %1.</source>
        <translation>Nicht verglichen: %1.</translation>
    </message>
    <message>
        <source>Failed prompts</source>
        <translation>Fehlgeschlagene Prompts</translation>
    </message>
    <message>
        <source>%1 of %2 prompts failed (%3) in %4 of %5 groups; most often %6: %7 of %8 (%9).</source>
        <translation>%1 von %2 Prompts fehlgeschlagen (%3) in %4 von %5 Gruppen; am häufigsten %6: %7 von %8 (%9).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is faster than %2 for every compared method (geometric mean over the models on both): %3.</source>
        <translation>%1 ist für jede verglichene Methode schneller als %2 (geometrisches Mittel über die Modelle auf beiden): %3.</translation>
    </message>
</context>
<context>
    <name>InsightsTab</name>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Nothing matches the filter: select at least one model, method and hardware.</source>
        <translation>Nichts passt zum Filter: Wählen Sie mindestens ein Modell, eine Methode und eine Hardware.</translation>
    </message>
    <message>
        <source>No insights for the groups shown.</source>
        <translation>Keine Erkenntnisse für die angezeigten Gruppen.</translation>
    </message>
    <message>
        <source>No data loaded yet. Drop timing files or a URL on this window, open a file (Ctrl+O) or a URL (Ctrl+Shift+O), or look at the bundled sample (File ▸ Open Sample Data).</source>
        <translation>Noch keine Daten geladen. Ziehen Sie Timing-Dateien oder eine URL auf dieses Fenster, öffnen Sie eine Datei (Strg+O) oder eine URL (Strg+Umschalt+O) oder sehen Sie sich die mitgelieferten Beispieldaten an (Datei ▸ Beispieldaten öffnen).</translation>
    </message>
</context>
<context>
    <name>JsonLinesReader</name>
    <message>
        <source>not well-formed JSON (%1)</source>
        <translation>kein wohlgeformtes JSON (%1)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: line %2 (byte %3): nested deeper than %4 levels</source>
        <translation>%1: Zeile %2 (Byte %3): tiefer als %4 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>not well-formed JSON (content after the object)</source>
        <translation>kein wohlgeformtes JSON (Inhalt nach dem Objekt)</translation>
    </message>
    <message>
        <source>%1: line %2 (byte %3): longer than the line length limit of %4 bytes (--max-line-length)</source>
        <translation>%1: Zeile %2 (Byte %3): länger als die Grenze von %4 Bytes je Zeile (--max-line-length)</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>%1: byte %2: not well-formed JSON (%3)</source>
        <translation>%1: Byte %2: kein wohlgeformtes JSON (%3)</translation>
    </message>
    <message>
        <source>%1: not well-formed JSON (%2)</source>
        <translation>%1: kein wohlgeformtes JSON (%2)</translation>
    </message>
    <message>
        <source>%1: byte %2: nested deeper than %3 levels</source>
        <translation>%1: Byte %2: tiefer als %3 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>%1: empty document</source>
        <translation>%1: leeres Dokument</translation>
    </message>
    <message>
        <source>%1: byte %2: the top level is %3, not an object with &quot;method_timing&quot; or &quot;prompt_timing&quot;</source>
        <translation>%1: Byte %2: Die oberste Ebene ist %3, kein Objekt mit „method_timing“ oder „prompt_timing“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears a second time at the top level; the rows of both are read</source>
        <translation>„%1“ kommt auf der obersten Ebene ein zweites Mal vor; die Zeilen beider werden gelesen</translation>
    </message>
    <message>
        <source>%1: byte %2: not well-formed JSON (content after the end of the document)</source>
        <translation>%1: Byte %2: kein wohlgeformtes JSON (Inhalt nach dem Ende des Dokuments)</translation>
    </message>
    <message>
        <source>%1: the file holds a server error body, not timing data: %2</source>
        <translation>%1: Die Datei enthält die Fehlerantwort eines Servers, keine Zeitmessdaten: %2</translation>
    </message>
    <message>
        <source>%1: no &quot;method_timing&quot; or &quot;prompt_timing&quot; at the top level</source>
        <translation>%1: kein „method_timing“ oder „prompt_timing“ auf der obersten Ebene</translation>
    </message>
    <message>
        <source>%1: byte %2: &quot;%3&quot; is not an array</source>
        <translation>%1: Byte %2: „%3“ ist kein Array</translation>
    </message>
    <message>
        <source>%1: byte %2: &quot;%3&quot; is %4, expected an array</source>
        <translation>%1: Byte %2: „%3“ ist %4, erwartet wird ein Array</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>UTF8_ERROR: this byte does not belong to valid UTF-8 text</source>
        <translation>UTF8_ERROR: Dieses Byte gehört nicht zu gültigem UTF-8-Text</translation>
    </message>
    <message>
        <source>content after the end of the document</source>
        <translation>Inhalt nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>UNCLOSED_STRING: the string that starts here is never closed; the file may be cut short</source>
        <translation>UNCLOSED_STRING: Die hier beginnende Zeichenkette wird nie geschlossen; die Datei ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <source>INCOMPLETE_ARRAY_OR_OBJECT: the input ends inside an object or array; the file may be cut short</source>
        <translation>INCOMPLETE_ARRAY_OR_OBJECT: Die Eingabe endet innerhalb eines Objekts oder Arrays; die Datei ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <source>UNESCAPED_CHARS: a control character (byte 0x%1) inside a string, which JSON allows only escaped</source>
        <translation>UNESCAPED_CHARS: ein Steuerzeichen (Byte 0x%1) in einer Zeichenkette, das JSON nur maskiert erlaubt</translation>
    </message>
</context>
<context>
    <name>LiveUpdater</name>
    <message>
        <source>&amp;Live Update</source>
        <translation>&amp;Live-Aktualisierung</translation>
    </message>
    <message>
        <source>Reload sources when they change: files at once, URLs at the interval</source>
        <translation>Quellen neu laden, wenn sie sich ändern: Dateien sofort, URLs im gewählten Abstand</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>Every %1 s</source>
        <translation>Alle %1 s</translation>
    </message>
    <message>
        <source>Every %1 min</source>
        <translation>Alle %1 min</translation>
    </message>
    <message>
        <source>Last data change</source>
        <translation>Letzte Datenänderung</translation>
    </message>
    <message>
        <source>Live update: %1</source>
        <translation>Live-Aktualisierung: %1</translation>
    </message>
    <message>
        <source>Data changed %1</source>
        <translation>Daten geändert um %1</translation>
    </message>
    <message>
        <source>Live update reloaded a source that changed</source>
        <translation>Die Live-Aktualisierung hat eine geänderte Quelle neu geladen</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open timing files (JSON, JSON Lines, CSV)</source>
        <translation>Zeitmessungsdateien öffnen (JSON, JSON Lines, CSV)</translation>
    </message>
    <message>
        <source>Open &amp;URL…</source>
        <translation>&amp;URL öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Data</source>
        <translation>Bei&amp;spieldaten öffnen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Load every source again</source>
        <translation>Alle Quellen neu laden</translation>
    </message>
    <message>
        <source>&amp;Export Current Chart…</source>
        <translation>Aktuelles Diagramm e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation>&amp;Alle Diagramme exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Groups Table as CSV…</source>
        <translation>&amp;Gruppentabelle als CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the current chart to the clipboard</source>
        <translation>Das aktuelle Diagramm in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Show Everything</source>
        <translation>&amp;Alles anzeigen</translation>
    </message>
    <message>
        <source>Clear the filter: show all models, methods and hardware</source>
        <translation>Filter zurücksetzen: alle Modelle, Methoden und Hardware anzeigen</translation>
    </message>
    <message>
        <source>&amp;About AttriScope</source>
        <translation>&amp;Über AttriScope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Re&amp;move Source</source>
        <translation>Quelle &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Show the %1 tab</source>
        <translation>Reiter „%1“ anzeigen</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Remove &amp;All</source>
        <translation>&amp;Alle entfernen</translation>
    </message>
    <message>
        <source>Save Chart &amp;Data as CSV…</source>
        <translation>Diagramm&amp;daten als CSV speichern…</translation>
    </message>
    <message>
        <source>Save the numbers behind the current chart, every page, as CSV</source>
        <translation>Die Zahlen hinter dem aktuellen Diagramm, alle Seiten, als CSV speichern</translation>
    </message>
    <message>
        <source>Copy Chart D&amp;ata</source>
        <translation>Diagramm&amp;daten kopieren</translation>
    </message>
    <message>
        <source>Copy the numbers behind the current chart, as CSV, to the clipboard</source>
        <translation>Die Zahlen hinter dem aktuellen Diagramm als CSV in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Add to &amp;History…</source>
        <translation>Zum &amp;Verlauf hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Store the ticked sources as one run in the run history</source>
        <translation>Die angehakten Quellen als einen Lauf im Verlauf speichern</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AttriScope</source>
        <translation>AttriScope</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Reloading every source…</source>
        <translation>Alle Quellen werden neu geladen…</translation>
    </message>
    <message>
        <source>About AttriScope</source>
        <translation>Über AttriScope</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <source>Loading %1 (job %2)…</source>
        <translation>Lade %1 (Auftrag %2)…</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: loaded %n source(s)</source>
        <translation>
            <numerusform>Auftrag %1: %n Quelle geladen</numerusform>
            <numerusform>Auftrag %1: %n Quellen geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading cancelled; the data shown is unchanged.</source>
        <translation>Laden abgebrochen; die angezeigten Daten sind unverändert.</translation>
    </message>
    <message>
        <source>%1 (a folder)</source>
        <translation>%1 (ein Ordner)</translation>
    </message>
    <message>
        <source>%1 (not a .json, .jsonl, .ndjson or .csv file)</source>
        <translation>%1 (keine .json-, .jsonl-, .ndjson- oder .csv-Datei)</translation>
    </message>
    <message>
        <source>%1 (does not exist)</source>
        <translation>%1 (existiert nicht)</translation>
    </message>
    <message>
        <source>%1 (not a file or an http(s) URL)</source>
        <translation>%1 (keine Datei und keine http(s)-URL)</translation>
    </message>
    <message numerus="yes">
        <source>Not loaded: %n item(s) are not timing data.</source>
        <translation>
            <numerusform>Nicht geladen: %n Element ist keine Zeitmessung.</numerusform>
            <numerusform>Nicht geladen: %n Elemente sind keine Zeitmessungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — AttriScope</source>
        <translation>%1 — AttriScope</translation>
    </message>
    <message numerus="yes">
        <source>Could not load %n source(s); the data shown is unchanged.</source>
        <translation>
            <numerusform>%n Quelle konnte nicht geladen werden; die angezeigten Daten sind unverändert.</numerusform>
            <numerusform>%n Quellen konnten nicht geladen werden; die angezeigten Daten sind unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not load %n source(s).</source>
        <translation>
            <numerusform>%n Quelle konnte nicht geladen werden.</numerusform>
            <numerusform>%n Quellen konnten nicht geladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing only %1. View ▸ Show Everything (Ctrl+Shift+A) undoes this.</source>
        <translation>Nur %1 wird angezeigt. Ansicht ▸ Alles anzeigen (Strg+Umschalt+A) hebt das auf.</translation>
    </message>
    <message>
        <source>Open Timing Data</source>
        <translation>Zeitmessdaten öffnen</translation>
    </message>
    <message>
        <source>Timing data (*.json *.jsonl *.ndjson *.csv)</source>
        <translation>Zeitmessdaten (*.json *.jsonl *.ndjson *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AttriScope %1&lt;/h3&gt;&lt;p&gt;A workbench for the timings of LLM feature-attribution benchmarks: load TokenLense results, filter, compare, export.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AttriScope %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für die Laufzeiten von Benchmarks zur Merkmalsattribution bei LLMs: TokenLense-Ergebnisse laden, filtern, vergleichen, exportieren.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later). Ohne jede Gewährleistung.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
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
        <source>Already stored as run %1 in %2: no run added.</source>
        <translation>Bereits als Lauf %1 in %2 gespeichert: kein Lauf hinzugefügt.</translation>
    </message>
    <message>
        <source>Added run %1 to %2.</source>
        <translation>Lauf %1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Could not read the run history.</source>
        <translation>Der Verlauf der Läufe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the trend from the run history.</source>
        <translation>Der Trend konnte nicht aus dem Verlauf gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the two runs to compare.</source>
        <translation>Die beiden zu vergleichenden Läufe konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not add the sources to the run history; nothing was stored.</source>
        <translation>Die Quellen konnten nicht zum Verlauf hinzugefügt werden; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Comparing %1 with %2.</source>
        <translation>%1 wird mit %2 verglichen.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n source(s) again for %1…</source>
        <translation>
            <numerusform>%n Quelle wird für %1 erneut gelesen…</numerusform>
            <numerusform>%n Quellen werden für %1 erneut gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to History</source>
        <translation>Zum Verlauf hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n loaded source(s) is ticked in the Sources list of the filter dock: nothing was stored. Tick the sources to store, then add them again.</source>
        <translation>
            <numerusform>Die geladene Quelle ist in der Quellenliste des Filterdocks nicht angehakt: nichts wurde gespeichert. Haken Sie die zu speichernden Quellen an und fügen Sie sie erneut hinzu.</numerusform>
            <numerusform>Keine der %n geladenen Quellen ist in der Quellenliste des Filterdocks angehakt: nichts wurde gespeichert. Haken Sie die zu speichernden Quellen an und fügen Sie sie erneut hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Store %n loaded source(s) as one run in %1.</source>
        <translation>
            <numerusform>%n geladene Quelle als einen Lauf in %1 speichern.</numerusform>
            <numerusform>%n geladene Quellen als einen Lauf in %1 speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds %1 of %2 loaded sources (the ticked ones) as one run in %3; unticked sources are not stored.</source>
        <extracomment>%1 ticked of %2 loaded sources, %3 the store</extracomment>
        <translation>Speichert %1 von %2 geladenen Quellen (die angehakten) als einen Lauf in %3; nicht angehakte Quellen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>
Label:</source>
        <translation>
Bezeichnung:</translation>
    </message>
</context>
<context>
    <name>MedianInterval</name>
    <message>
        <source>95 % CI of the median: %1 – %2</source>
        <translation>95-%-Konfidenzintervall des Medians: %1 – %2</translation>
    </message>
    <message>
        <source>%1 (too few prompts for a 95 % interval)</source>
        <translation>%1 (zu wenige Prompts für ein 95-%-Intervall)</translation>
    </message>
    <message>
        <source>%1 (95 % CI %2 – %3)</source>
        <translation>%1 (95-%-KI %2 – %3)</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MethodBoxModel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
</context>
<context>
    <name>MethodTimingModel</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Average time</source>
        <translation>Durchschnittszeit</translation>
    </message>
    <message>
        <source>Attribution time</source>
        <translation>Attributionszeit</translation>
    </message>
    <message>
        <source>Model loading</source>
        <translation>Laden des Modells</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Torch</source>
        <translation>Torch</translation>
    </message>
</context>
<context>
    <name>MethodsTab</name>
    <message>
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Mean time per model and hardware</source>
        <translation>Mittlere Zeit pro Modell und Hardware</translation>
    </message>
    <message>
        <source>Per-prompt time distribution</source>
        <translation>Verteilung der Zeit pro Prompt</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1
mean time (n)</source>
        <translation>%1
mittlere Zeit (n)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
Mean %4, median %5, p95 %6
min %7, max %8
n = %9 timed prompts</source>
        <translation>%1 · %2 · %3
Mittelwert %4, Median %5, P95 %6
Min. %7, Max. %8
n = %9 Prompts mit Zeit</translation>
    </message>
    <message>
        <source>Time per prompt of %1</source>
        <translation>Zeit pro Prompt von %1</translation>
    </message>
    <message>
        <source>Lower is better. Box: quartiles (linear interpolation); whiskers: min and max</source>
        <translation>Niedriger ist besser. Box: Quartile (lineare Interpolation); Whisker: Minimum und Maximum</translation>
    </message>
    <message>
        <source>Time per prompt (s)</source>
        <translation>Zeit pro Prompt (s)</translation>
    </message>
    <message>
        <source>%1 · %2
min %3, Q1 %4, median %5, Q3 %6, max %7
n = %8 prompts</source>
        <translation>%1 · %2
Min. %3, Q1 %4, Median %5, Q3 %6, Max. %7
n = %8 Prompts</translation>
    </message>
</context>
<context>
    <name>ModelRankModel</name>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
</context>
<context>
    <name>ModelsTab</name>
    <message>
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Model loading time</source>
        <translation>Ladezeit des Modells</translation>
    </message>
    <message>
        <source>Methods ranked by time</source>
        <translation>Methoden nach Zeit geordnet</translation>
    </message>
    <message>
        <source>Methods of the model by time</source>
        <translation>Methoden des Modells nach Zeit</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>%1
mean time (rank)</source>
        <translation>%1
mittlere Zeit (Rang)</translation>
    </message>
    <message>
        <source>Methods of %1 by mean time per prompt</source>
        <translation>Methoden von %1 nach mittlerer Zeit pro Prompt</translation>
    </message>
    <message>
        <source>Lower is better. Model loading time not included</source>
        <translation>Niedriger ist besser. Ohne Ladezeit des Modells</translation>
    </message>
    <message>
        <source>Mean time per prompt (s)</source>
        <translation>Ø Zeit pro Prompt (s)</translation>
    </message>
    <message>
        <source>%1 on %2
No data</source>
        <translation>%1 auf %2
Keine Daten</translation>
    </message>
    <message>
        <source>%1 on %2
Mean time: %3 (rank %4)
n = %5 prompts</source>
        <translation>%1 auf %2
Mittlere Zeit: %3 (Rang %4)
n = %5 Prompts</translation>
    </message>
    <message>
        <source>%1  (#%2)</source>
        <translation>%1  (Nr. %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Model loading time of %1 (once per run, not part of the attribution times): %2</source>
        <translation>Ladezeit des Modells %1 (einmal pro Lauf, nicht Teil der Attributionszeiten): %2</translation>
    </message>
</context>
<context>
    <name>OpenUrlDialog</name>
    <message>
        <source>&amp;Remember headers</source>
        <translation>Header &amp;merken</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>URL öffnen</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Headers may hold access tokens; they are stored in plain text.</source>
        <translation>Header können Zugangs-Token enthalten; sie werden im Klartext gespeichert.</translation>
    </message>
    <message>
        <source>Authorization: Bearer …</source>
        <translation>Authorization: Bearer …</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>Header line %1 is not &quot;Name: value&quot;.</source>
        <translation>Header-Zeile %1 hat nicht die Form „Name: Wert“.</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// URL.</source>
        <translation>Geben Sie eine http://- oder https://-URL ein.</translation>
    </message>
    <message>
        <source>Remember the &amp;full address (user name, password, query)</source>
        <translation>&amp;Vollständige Adresse merken (Benutzername, Passwort, Abfrage)</translation>
    </message>
    <message>
        <source>Unticked, the recent list keeps the address without user name, password and query, since they may hold access tokens; ticked, all of it, in plain text.</source>
        <translation>Nicht angehakt, behält die Liste der letzten Adressen sie ohne Benutzername, Passwort und Abfrage, da diese Zugangsschlüssel enthalten können; angehakt, alles, im Klartext.</translation>
    </message>
    <message>
        <source>Header line %1: %2.</source>
        <translation>Kopfzeile %1: %2.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Double-click a chart to open its tab with all options.</source>
        <translation>Doppelklicken Sie auf ein Diagramm, um seinen Reiter mit allen Optionen zu öffnen.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>PerformanceTab</name>
    <message>
        <source>Mean time per prompt (s)</source>
        <translation>Ø Zeit pro Prompt (s)</translation>
    </message>
    <message>
        <source>Median time per prompt (s)</source>
        <translation>Medianzeit pro Prompt (s)</translation>
    </message>
    <message>
        <source>95th percentile time per prompt (s)</source>
        <translation>95. Perzentil der Zeit pro Prompt (s)</translation>
    </message>
    <message>
        <source>Tokens/s (input tokens per second of attribution)</source>
        <translation>Token/s (Eingabe-Token pro Sekunde Attribution)</translation>
    </message>
    <message>
        <source>Mean time</source>
        <translation>Mittlere Zeit</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Medianzeit</translation>
    </message>
    <message>
        <source>P95 time</source>
        <translation>P95-Zeit</translation>
    </message>
    <message>
        <source>Mean tokens/s</source>
        <translation>Mittlere Token/s</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Alphabetical</source>
        <translation>Alphabetisch</translation>
    </message>
    <message>
        <source>By performance (best first)</source>
        <translation>Nach Leistung (beste zuerst)</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppierung:</translation>
    </message>
    <message>
        <source>&amp;Hardware:</source>
        <translation>&amp;Hardware:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Sortierung:</translation>
    </message>
    <message>
        <source>Performance chart</source>
        <translation>Leistungsdiagramm</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>All, side by side</source>
        <translation>Alle, nebeneinander</translation>
    </message>
    <message>
        <source>No data for the hardware “%1” with the current filter.</source>
        <translation>Keine Daten für die Hardware „%1“ mit dem aktuellen Filter.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4: %5
n = %6 prompts</source>
        <translation>%1 · %2 · %3
%4: %5
n = %6 Prompts</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 pro %2</translation>
    </message>
    <message>
        <source>, each hardware separately</source>
        <translation>, jede Hardware einzeln</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>95 % &amp;interval</source>
        <translation>95-%-&amp;Intervall</translation>
    </message>
    <message>
        <source>Draw the distribution-free 95 % interval of each median (median time only)</source>
        <translation>Das verteilungsfreie 95-%-Intervall jedes Medians zeichnen (nur bei Medianzeit)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logarithmisch</translation>
    </message>
    <message>
        <source>Automatic: logarithmic when the largest value is more than 10× the smallest</source>
        <translation>Automatisch: logarithmisch, wenn der größte Wert mehr als das 10-Fache des kleinsten ist</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>Ska&amp;la:</translation>
    </message>
    <message>
        <source>a dot per method</source>
        <translation>ein Punkt je Methode</translation>
    </message>
    <message>
        <source>a dot per model</source>
        <translation>ein Punkt je Modell</translation>
    </message>
    <message>
        <source>click a name in the legend to colour it; the others are grey</source>
        <translation>einen Namen in der Legende anklicken, um ihn einzufärben; die übrigen sind grau</translation>
    </message>
    <message>
        <source>the first %1 of %2 hardware side by side; choose one under Hardware to see another</source>
        <translation>die ersten %1 von %2 Hardware nebeneinander; unter Hardware eine wählen, um eine andere zu sehen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>History store</source>
        <translation>Verlaufsspeicher</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Vorgabe</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Verlauf der Läufe</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <source>History Store</source>
        <translation>Verlaufsspeicher</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A SQLite file (created by the first File ▸ Add to History…), or a PostgreSQL server as postgresql://user@host:port/database. AttriScope never stores a password: libpq reads it from PGPASSWORD or ~/.pgpass.</source>
        <translation>Eine SQLite-Datei (angelegt beim ersten Datei ▸ Zum Verlauf hinzufügen…) oder ein PostgreSQL-Server als postgresql://benutzer@host:port/datenbank. AttriScope speichert nie ein Passwort: libpq liest es aus PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>The password in this URL will not be kept: set PGPASSWORD or use ~/.pgpass.</source>
        <translation>Das Passwort in dieser URL wird nicht gespeichert: Setzen Sie PGPASSWORD oder verwenden Sie ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>PromptTimingModel</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Prompt id</source>
        <translation>Prompt-ID</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Token/s</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source># AttriScope report

</source>
        <translation># AttriScope-Bericht

</translation>
    </message>
    <message>
        <source>## Sources

</source>
        <translation>## Quellen

</translation>
    </message>
    <message>
        <source>%1 — %2 on %3 (%4)</source>
        <translation>%1 — %2 auf %3 (%4)</translation>
    </message>
    <message>
        <source>
## Summary

</source>
        <translation>
## Zusammenfassung

</translation>
    </message>
    <message>
        <source>- Success rate: %1 (%2 of %3 prompts; %4 models × %5 methods × %6 hardware)
</source>
        <translation>- Erfolgsquote: %1 (%2 von %3 Prompts; %4 Modelle × %5 Methoden × %6 Hardware)
</translation>
    </message>
    <message>
        <source>- Fastest (mean time per prompt): %1
</source>
        <translation>- Am schnellsten (mittlere Zeit pro Prompt): %1
</translation>
    </message>
    <message>
        <source>- Slowest (mean time per prompt): %1
</source>
        <translation>- Am langsamsten (mittlere Zeit pro Prompt): %1
</translation>
    </message>
    <message>
        <source>- Best throughput (input tokens per second of attribution): %1
</source>
        <translation>- Bester Durchsatz (Eingabe-Token pro Sekunde Attribution): %1
</translation>
    </message>
    <message>
        <source>
## Groups

</source>
        <translation>
## Gruppen

</translation>
    </message>
    <message>
        <source>| Model | Method | Hardware | Prompts | Success | Mean | Median | P95 | Min | Max | Std | Mean tok/s |
</source>
        <translation>| Modell | Methode | Hardware | Prompts | Erfolg | Mittelwert | Median | P95 | Min. | Max. | Std.-Abw. | Mittl. Token/s |
</translation>
    </message>
    <message>
        <source>
## Insights

</source>
        <translation>
## Erkenntnisse

</translation>
    </message>
    <message>
        <source>- %1: %2 method rows, %3 prompt rows, %4 skipped, %5 warnings
</source>
        <translation>- %1: %2 Methodenzeilen, %3 Promptzeilen, %4 übersprungen, %5 Warnungen
</translation>
    </message>
</context>
<context>
    <name>RowBudget</name>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: byte %2: more than %3 rows, over the row limit</source>
        <translation>%1: Byte %2: mehr als %3 Zeilen, über der Zeilengrenze</translation>
    </message>
</context>
<context>
    <name>ScalingModel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Intercept</source>
        <translation>Achsenabschnitt</translation>
    </message>
    <message>
        <source>Per 1000 tokens</source>
        <translation>Pro 1000 Token</translation>
    </message>
    <message>
        <source>r²</source>
        <translation>r²</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Min tokens</source>
        <translation>Min. Token</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Token</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Gezeichnet</translation>
    </message>
    <message>
        <source>%1 other methods</source>
        <translation>%1 weitere Methoden</translation>
    </message>
</context>
<context>
    <name>ScalingTab</name>
    <message>
        <source>&amp;Log time axis</source>
        <translation>&amp;Log-Zeitachse</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>&amp;Hardware:</source>
        <translation>&amp;Hardware:</translation>
    </message>
    <message>
        <source>Time against input tokens</source>
        <translation>Zeit über Eingabe-Token</translation>
    </message>
    <message>
        <source>Number of prompts</source>
        <translation>Anzahl der Prompts</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Token</translation>
    </message>
    <message>
        <source>Input tokens per prompt</source>
        <translation>Eingabe-Token pro Prompt</translation>
    </message>
    <message>
        <source>Extrapolation warning</source>
        <translation>Warnung vor Extrapolation</translation>
    </message>
    <message>
        <source>Cost estimates</source>
        <translation>Kostenschätzungen</translation>
    </message>
    <message>
        <source>Cost estimate: which method can I afford?</source>
        <translation>Kostenschätzung: Welche Methode kann ich mir leisten?</translation>
    </message>
    <message>
        <source>&amp;Prompts:</source>
        <translation>&amp;Prompts:</translation>
    </message>
    <message>
        <source>Input &amp;tokens per prompt:</source>
        <translation>Eingabe-&amp;Token pro Prompt:</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No data for the hardware “%1” with the current filter.</source>
        <translation>Keine Daten für die Hardware „%1“ mit dem aktuellen Filter.</translation>
    </message>
    <message>
        <source>No prompt has both a token count and a time: nothing to plot.
Prompt rows with input tokens are needed (method summary rows have none).</source>
        <translation>Kein Prompt hat sowohl eine Token-Zahl als auch eine Zeit: nichts darzustellen.
Dazu sind Prompt-Zeilen mit Eingabe-Token nötig (Methodenzusammenfassungen haben keine).</translation>
    </message>
    <message>
        <source>Input tokens</source>
        <translation>Eingabe-Token</translation>
    </message>
    <message>
        <source>Attribution time per prompt (s)</source>
        <translation>Attributionszeit pro Prompt (s)</translation>
    </message>
    <message>
        <source>%1
%2 tokens: %3</source>
        <translation>%1
%2 Token: %3</translation>
    </message>
    <message>
        <source>%1
time = %2 + %3 per 1000 tokens (r² = %4, n = %5)
fitted over %6–%7 tokens</source>
        <translation>%1
Zeit = %2 + %3 pro 1000 Token (r² = %4, n = %5)
angepasst über %6–%7 Token</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attribution time against input tokens&lt;/b&gt;</source>
        <translation>&lt;b&gt;Attributionszeit über Eingabe-Token&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Points: prompts; lines: least-squares fit per group</source>
        <translation>Punkte: Prompts; Linien: Kleinste-Quadrate-Anpassung pro Gruppe</translation>
    </message>
    <message>
        <source>Points: prompts, coloured by method; lines: least-squares fit per model × method × hardware</source>
        <translation>Punkte: Prompts, nach Methode gefärbt; Linien: Kleinste-Quadrate-Anpassung pro Modell × Methode × Hardware</translation>
    </message>
    <message>
        <source>No group has a fit (at least 3 prompts with different token counts): nothing to estimate.</source>
        <translation>Keine Gruppe hat eine Anpassung (mindestens 3 Prompts mit verschiedenen Token-Zahlen): nichts zu schätzen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ %1 tokens lies outside the token range of %2 of %3 fits&lt;/b&gt; (the data has %4–%5 tokens): those estimates extrapolate a straight line and may be far off.</source>
        <translation>&lt;b&gt;⚠ %1 Token liegt außerhalb des Token-Bereichs von %2 der %3 Anpassungen&lt;/b&gt; (die Daten haben %4–%5 Token): Diese Schätzungen extrapolieren eine Gerade und können weit danebenliegen.</translation>
    </message>
    <message>
        <source>Fitted lines of the %1 largest of %2 groups; filter to see others</source>
        <translation>Ausgleichsgeraden der %1 größten von %2 Gruppen; andere über den Filter</translation>
    </message>
    <message>
        <source>Showing one prompt in %1: %2 of %3 points</source>
        <translation>Jeder %1. Prompt gezeigt: %2 von %3 Punkten</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ %1 of %2 fits are weak&lt;/b&gt; (r² below %3): input tokens explain little of their time, so their estimate is about N × the mean time and their range is wide.</source>
        <translation>&lt;b&gt;⚠ %1 von %2 Anpassungen sind schwach&lt;/b&gt; (r² unter %3): Die Eingabe-Tokens erklären wenig von ihrer Zeit, daher ist ihre Schätzung etwa N × die mittlere Zeit und ihr Bereich breit.</translation>
    </message>
    <message>
        <source>no prompt has both a token count and a time</source>
        <translation>kein Prompt hat sowohl eine Tokenzahl als auch eine Zeit</translation>
    </message>
    <message>
        <source>Fitted l&amp;ines:</source>
        <translation>Ausgleichs&amp;geraden:</translation>
    </message>
    <message>
        <source>Fitted lines</source>
        <translation>Ausgleichsgeraden</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Largest groups</source>
        <translation>Größte Gruppen</translation>
    </message>
    <message>
        <source>Fitted lines of %1 (%2 groups); pick another model under “Fitted lines”</source>
        <translation>Ausgleichsgeraden von %1 (%2 Gruppen); ein anderes Modell unter „Ausgleichsgeraden“ wählen</translation>
    </message>
    <message>
        <source>Whose least-squares lines are drawn: one model&apos;s groups (on one hardware, all of them), or the largest groups</source>
        <translation>Wessen Ausgleichsgeraden gezeichnet werden: die Gruppen eines Modells (auf einer Hardware alle) oder die größten Gruppen</translation>
    </message>
    <message>
        <source>Fitted lines of %1: the %2 largest of its %3 groups</source>
        <translation>Ausgleichsgeraden von %1: die %2 größten seiner %3 Gruppen</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>%1: changed while it was read: %2 bytes when it was opened, %3 bytes now</source>
        <translation>%1: während des Lesens geändert: %2 Bytes beim Öffnen, jetzt %3 Bytes</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>%1: %2, not a regular file: it can block or never end, so it is not read</source>
        <translation>%1: %2, keine gewöhnliche Datei: sie kann blockieren oder nie enden und wird daher nicht gelesen</translation>
    </message>
    <message>
        <source>%1: a file of the kernel (/proc, /sys), not a data file: it can block or never end, so it is not read</source>
        <translation>%1: eine Datei des Kernels (/proc, /sys), keine Datendatei: sie kann blockieren oder nie enden und wird daher nicht gelesen</translation>
    </message>
    <message>
        <source>%1: changed while it was read: it was written to (its modification time moved)</source>
        <translation>%1: während des Lesens geändert: es wurde hineingeschrieben (die Änderungszeit hat sich verschoben)</translation>
    </message>
    <message>
        <source>%1: changed while it was read: the path names another file now (replaced or removed)</source>
        <translation>%1: während des Lesens geändert: der Pfad benennt jetzt eine andere Datei (ersetzt oder entfernt)</translation>
    </message>
</context>
<context>
    <name>SourceLoader</name>
    <message>
        <source>%1: no valid row (0 skipped)</source>
        <translation>%1: keine gültige Zeile (0 übersprungen)</translation>
    </message>
    <message>
        <source>%1: no valid row (%2 skipped); the first: %3</source>
        <translation>%1: keine gültige Zeile (%2 übersprungen); die erste: %3</translation>
    </message>
    <message>
        <source>%1: out of memory while reading it</source>
        <translation>%1: kein Speicher mehr beim Lesen</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source> (the server returned HTML, Content-Type %1, not timing data)</source>
        <translation> (der Server lieferte HTML, Content-Type %1, keine Zeitmessdaten)</translation>
    </message>
    <message>
        <source> (the server returned HTML, not timing data)</source>
        <translation> (der Server lieferte HTML, keine Zeitmessdaten)</translation>
    </message>
    <message>
        <source>empty location</source>
        <translation>leere Ortsangabe</translation>
    </message>
    <message>
        <source>%1: invalid URL: %2</source>
        <translation>%1: ungültige URL: %2</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>kein Host</translation>
    </message>
    <message>
        <source>%1: invalid file URL</source>
        <translation>%1: ungültige Datei-URL</translation>
    </message>
    <message>
        <source>%1: unsupported URL scheme &apos;%2&apos; (use a file path, file://, http:// or https://)</source>
        <translation>%1: nicht unterstütztes URL-Schema „%2“ (verwenden Sie einen Dateipfad, file://, http:// oder https://)</translation>
    </message>
    <message>
        <source>%1: the server sent an empty body</source>
        <translation>%1: Der Server schickte eine leere Antwort</translation>
    </message>
    <message>
        <source>a method table</source>
        <translation>eine Methodentabelle</translation>
    </message>
    <message>
        <source>a prompt table</source>
        <translation>eine Prompttabelle</translation>
    </message>
    <message>
        <source>%1: this file and its partner %2 both hold %3 (by their CSV headers); its rows would count twice, so the pair is not loaded</source>
        <translation>%1: diese Datei und ihr Partner %2 enthalten beide %3 (nach ihren CSV-Kopfzeilen); ihre Zeilen würden doppelt zählen, daher wird das Paar nicht geladen</translation>
    </message>
    <message>
        <source>header name has a control character (byte 0x%1 at %2)</source>
        <translation>Name der Kopfzeile enthält ein Steuerzeichen (Byte 0x%1 an %2)</translation>
    </message>
    <message>
        <source>header %1: the value has a control character (byte 0x%2 at %3); CR and LF would add request headers</source>
        <translation>Kopfzeile %1: der Wert enthält ein Steuerzeichen (Byte 0x%2 an %3); CR und LF würden Anfrage-Kopfzeilen hinzufügen</translation>
    </message>
    <message>
        <source>header name &apos;%1&apos; is not a token (letters, digits, !#$%&amp;&apos;*+.^_`|~-)</source>
        <translation>Name der Kopfzeile „%1“ ist kein Token (Buchstaben, Ziffern, !#$%&amp;&apos;*+.^_`|~-)</translation>
    </message>
</context>
<context>
    <name>SourceStatus</name>
    <message>
        <source>Sources loaded</source>
        <translation>Geladene Quellen</translation>
    </message>
    <message>
        <source>Row counts</source>
        <translation>Zeilenzahlen</translation>
    </message>
    <message>
        <source>Show the warnings of every source</source>
        <translation>Die Warnungen aller Quellen anzeigen</translation>
    </message>
    <message>
        <source>Load progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>%1 (bundled sample)</source>
        <translation>%1 (mitgeliefertes Beispiel)</translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation>Keine Daten geladen</translation>
    </message>
    <message>
        <source>%1 method rows · %2 prompt rows</source>
        <translation>%1 Methodenzeilen · %2 Prompt-Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pooled sources</source>
        <translation>Zusammengelegte Quellen</translation>
    </message>
    <message>
        <source>Groups (model, method, hardware) that have rows in several shown sources show the statistics of all their rows together; the Sources list in the filter dock shows or hides each source</source>
        <translation>Gruppen (Modell, Methode, Hardware) mit Zeilen aus mehreren angezeigten Quellen zeigen die Statistik all ihrer Zeilen zusammen; die Quellenliste im Filterbereich zeigt oder verbirgt jede Quelle</translation>
    </message>
    <message numerus="yes">
        <source>%1 sources pooled in %n group(s) — untick one to see a single run</source>
        <translation>
            <numerusform>%1 Quellen in %n Gruppe zusammengelegt — eine abwählen, um einen einzelnen Lauf zu sehen</numerusform>
            <numerusform>%1 Quellen in %n Gruppen zusammengelegt — eine abwählen, um einen einzelnen Lauf zu sehen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceWatcher</name>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation>%1: HTTP %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: poll stopped: the response passed %2 bytes</source>
        <translation>%1: Abfrage beendet: die Antwort überschritt %2 Bytes</translation>
    </message>
    <message>
        <source>%1: poll stopped: it took longer than %2 s</source>
        <translation>%1: Abfrage beendet: sie dauerte länger als %2 s</translation>
    </message>
</context>
<context>
    <name>SummaryCards</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Fastest</source>
        <translation>Am schnellsten</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>Am langsamsten</translation>
    </message>
    <message>
        <source>Best throughput</source>
        <translation>Bester Durchsatz</translation>
    </message>
    <message>
        <source>Successful prompts out of all prompts of the groups shown</source>
        <translation>Erfolgreiche Prompts unter allen Prompts der angezeigten Gruppen</translation>
    </message>
    <message>
        <source>The (model, method, hardware) group with the lowest mean attribution time per prompt</source>
        <translation>Die Gruppe (Modell, Methode, Hardware) mit der niedrigsten mittleren Attributionszeit pro Prompt</translation>
    </message>
    <message>
        <source>The (model, method, hardware) group with the highest mean attribution time per prompt</source>
        <translation>Die Gruppe (Modell, Methode, Hardware) mit der höchsten mittleren Attributionszeit pro Prompt</translation>
    </message>
    <message>
        <source>The group with the highest mean tokens/s.
Tokens/s = input tokens per second of attribution.</source>
        <translation>Die Gruppe mit den meisten Token/s im Mittel.
Token/s = Eingabe-Token pro Sekunde Attribution.</translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation>Keine Daten geladen</translation>
    </message>
    <message>
        <source>Nothing matches the filter</source>
        <translation>Nichts passt zum Filter</translation>
    </message>
    <message>
        <source>%1 of %2 prompts
%3 × %4 × %5</source>
        <translation>%1 von %2 Prompts
%3 × %4 × %5</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n method(s)</source>
        <translation>
            <numerusform>%n Methode</numerusform>
            <numerusform>%n Methoden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hardware</source>
        <translation>
            <numerusform>%n Hardware</numerusform>
            <numerusform>%n Hardware</numerusform>
        </translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>per prompt</source>
        <translation>pro Prompt</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>No timed group</source>
        <translation>Keine Gruppe mit Zeit</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>gzip-compressed data (decompress it first, e.g. with gunzip)</source>
        <translation>gzip-komprimierte Daten (zuerst entpacken, z. B. mit gunzip)</translation>
    </message>
    <message>
        <source>a ZIP archive (extract the timing file first)</source>
        <translation>ein ZIP-Archiv (zuerst die Zeitmessungsdatei entpacken)</translation>
    </message>
    <message>
        <source>UTF-32 text (save it as UTF-8)</source>
        <translation>UTF-32-Text (als UTF-8 speichern)</translation>
    </message>
    <message>
        <source>UTF-16 text (save it as UTF-8)</source>
        <translation>UTF-16-Text (als UTF-8 speichern)</translation>
    </message>
    <message>
        <source>an HTML page (a login page, a proxy&apos;s error or a wrong URL saved as a file?)</source>
        <translation>eine HTML-Seite (eine Anmeldeseite, ein Proxy-Fehler oder eine falsche URL als Datei gespeichert?)</translation>
    </message>
    <message>
        <source>XML or HTML markup</source>
        <translation>XML- oder HTML-Markup</translation>
    </message>
</context>
<context>
    <name>TimingParser</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: empty file</source>
        <translation>%1: leere Datei</translation>
    </message>
    <message>
        <source>%1: byte 0: %2, not timing data</source>
        <translation>%1: Byte 0: %2, keine Zeitmessdaten</translation>
    </message>
    <message>
        <source>%1: byte %2: binary data (byte 0x%3), not TokenLense JSON, JSON Lines or a timing CSV</source>
        <translation>%1: Byte %2: Binärdaten (Byte 0x%3), weder TokenLense-JSON noch JSON Lines noch eine Zeitmessungs-CSV</translation>
    </message>
    <message>
        <source>%1: line %2: unknown format: not TokenLense JSON, JSON Lines or a timing CSV</source>
        <translation>%1: Zeile %2: unbekanntes Format: weder TokenLense-JSON noch JSON Lines noch eine Zeitmessungs-CSV</translation>
    </message>
    <message>
        <source>%1: byte %2: unknown format: not TokenLense JSON, JSON Lines or a timing CSV</source>
        <translation>%1: Byte %2: unbekanntes Format: weder TokenLense-JSON noch JSON Lines noch eine Zeitmessungs-CSV</translation>
    </message>
</context>
<context>
    <name>WarningsDialog</name>
    <message>
        <source>Load Warnings</source>
        <translation>Warnungen beim Laden</translation>
    </message>
    <message>
        <source>Warnings by source</source>
        <translation>Warnungen nach Quelle</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n warning(s)</source>
        <translation>
            <numerusform>%1: %n Warnung</numerusform>
            <numerusform>%1: %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Keine Warnungen.</translation>
    </message>
    <message>
        <source>&amp;Copy All</source>
        <translation>Alle &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the bundled synthetic sample.</source>
        <translation>Das mitgelieferte synthetische Beispiel öffnen.</translation>
    </message>
    <message>
        <source>User interface language, e.g. de or en.</source>
        <translation>Sprache der Oberfläche, z. B. de oder en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Timing files (JSON, JSON Lines, CSV) or http(s) URLs.</source>
        <translation>Zeitmessungsdateien (JSON, JSON Lines, CSV) oder http(s)-URLs.</translation>
    </message>
    <message>
        <source>Workbench for the timing benchmarks of LLM attribution methods.
Headless commands: attriscope report|export|compare|estimate|history --help</source>
        <translation>Werkbank für die Laufzeit-Benchmarks von Attributionsmethoden für LLMs.
Befehle ohne Fenster: attriscope report|export|compare|estimate|history --help</translation>
    </message>
    <message>
        <source>Colour theme: system (the desktop&apos;s, the default), light or dark.</source>
        <translation>Farbschema: system (das des Desktops, Vorgabe), light oder dark.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEMA</translation>
    </message>
    <message>
        <source>attriscope: unknown --theme &apos;%1&apos; (system, light or dark)</source>
        <translation>attriscope: unbekanntes --theme „%1“ (system, light oder dark)</translation>
    </message>
</context>
</TS>
