<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CompareTab</name>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:%1&quot;&gt;%n regression(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:%1&quot;&gt;%n regression&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:%1&quot;&gt;%n regressions&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:%1&quot;&gt;%n improvement(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:%1&quot;&gt;%n improvement&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:%1&quot;&gt;%n improvements&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with too few prompts</source>
        <translation>
            <numerusform>%n with too few prompts</numerusform>
            <numerusform>%n with too few prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n only in the candidate</source>
        <translation>
            <numerusform>%n only in the candidate</numerusform>
            <numerusform>%n only in the candidate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n only in the baseline</source>
        <translation>
            <numerusform>%n only in the baseline</numerusform>
            <numerusform>%n only in the baseline</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributionTab</name>
    <message numerus="yes">
        <source>%1 · %2 · %3
Median %4
Quartiles %5 – %6
Whiskers %7 – %8
%n prompt(s)</source>
        <translation>
            <numerusform>%1 · %2 · %3
Median %4
Quartiles %5 – %6
Whiskers %7 – %8
%n prompt</numerusform>
            <numerusform>%1 · %2 · %3
Median %4
Quartiles %5 – %6
Whiskers %7 – %8
%n prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s) beyond 1.5 IQR</source>
        <translation>
            <numerusform>%n outlier beyond 1.5 IQR</numerusform>
            <numerusform>%n outliers beyond 1.5 IQR</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <source>Exported %n chart(s) to %1</source>
        <translation>
            <numerusform>Exported %n chart to %1</numerusform>
            <numerusform>Exported %n charts to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n group(s) to %1</source>
        <translation>
            <numerusform>Exported %n group to %1</numerusform>
            <numerusform>Exported %n groups to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message numerus="yes">
        <source>%n prompt row(s)</source>
        <translation>
            <numerusform>%n prompt row</numerusform>
            <numerusform>%n prompt rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message numerus="yes">
        <source>%n regression(s) against the run before.</source>
        <translation>
            <numerusform>%n regression against the run before.</numerusform>
            <numerusform>%n regressions against the run before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Store: %1 — %n run(s)</source>
        <translation>
            <numerusform>Store: %1 — %n run</numerusform>
            <numerusform>Store: %1 — %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Job %1: loaded %n source(s)</source>
        <translation>
            <numerusform>Job %1: loaded %n source</numerusform>
            <numerusform>Job %1: loaded %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not loaded: %n item(s) are not timing data.</source>
        <translation>
            <numerusform>Not loaded: %n item is not timing data.</numerusform>
            <numerusform>Not loaded: %n items are not timing data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not load %n source(s); the data shown is unchanged.</source>
        <translation>
            <numerusform>Could not load %n source; the data shown is unchanged.</numerusform>
            <numerusform>Could not load %n sources; the data shown is unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not load %n source(s).</source>
        <translation>
            <numerusform>Could not load %n source.</numerusform>
            <numerusform>Could not load %n sources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n source(s) again for %1…</source>
        <translation>
            <numerusform>Reading %n source again for %1…</numerusform>
            <numerusform>Reading %n sources again for %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n loaded source(s) is ticked in the Sources list of the filter dock: nothing was stored. Tick the sources to store, then add them again.</source>
        <translation>
            <numerusform>The loaded source is not ticked in the Sources list of the filter dock: nothing was stored. Tick it, then add it again.</numerusform>
            <numerusform>None of the %n loaded sources is ticked in the Sources list of the filter dock: nothing was stored. Tick the sources to store, then add them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Store %n loaded source(s) as one run in %1.</source>
        <translation>
            <numerusform>Store the loaded source as one run in %1.</numerusform>
            <numerusform>Store %n loaded sources as one run in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceStatus</name>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 sources pooled in %n group(s) — untick one to see a single run</source>
        <translation>
            <numerusform>%1 sources pooled in %n group — untick one to see a single run</numerusform>
            <numerusform>%1 sources pooled in %n groups — untick one to see a single run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryCards</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n method(s)</source>
        <translation>
            <numerusform>%n method</numerusform>
            <numerusform>%n methods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hardware</source>
        <translation>
            <numerusform>%n hardware</numerusform>
            <numerusform>%n hardware</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningsDialog</name>
    <message numerus="yes">
        <source>%1: %n warning(s)</source>
        <translation>
            <numerusform>%1: %n warning</numerusform>
            <numerusform>%1: %n warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
