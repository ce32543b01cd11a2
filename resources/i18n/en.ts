<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BodyMapView</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/map/body_map_view.py" line="+1195"/>
        <source>Chosen: {title}, %n point(s): {codes}.</source>
        <extracomment>What a screen reader hears of the chosen entry, such as &quot;Chosen: Sea of Vitality, 2 points: BL23 + BL52.&quot;: {title} is its name, {codes} its points&apos; codes.</extracomment>
        <translation>
            <numerusform>Chosen: {title}, %n point: {codes}.</numerusform>
            <numerusform>Chosen: {title}, %n points: {codes}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopWindow</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/shell/desktop_window.py" line="+531"/>
        <source>Saved to {path}. Holds exported: %n.</source>
        <translation>
            <numerusform>Saved to {path}. Holds exported: %n.</numerusform>
            <numerusform>Saved to {path}. Holds exported: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryFinder</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/map/entry_finder.py" line="+99"/>
        <source>%n of {total} shown</source>
        <translation>
            <numerusform>%n of {total} shown</numerusform>
            <numerusform>%n of {total} shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/map/entry_list_model.py" line="+71"/>
        <source>{title}, %n point(s): {codes}</source>
        <extracomment>What a screen reader says on a row of the list of points, such as &quot;Sea of Vitality, 2 points: BL23 + BL52&quot;: {title} is its name, {codes} its points&apos; codes.</extracomment>
        <translation>
            <numerusform>{title}, %n point: {codes}</numerusform>
            <numerusform>{title}, %n points: {codes}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/history/history_panel.py" line="+137"/>
        <source>Holds not saved yet: %n ({problem})</source>
        <translation>
            <numerusform>Holds not saved yet: %n ({problem})</numerusform>
            <numerusform>Holds not saved yet: %n ({problem})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Skipped this week: %n</source>
        <translation>
            <numerusform>Skipped this week: %n</numerusform>
            <numerusform>Skipped this week: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/kiosk/idle_countdown.py" line="+38"/>
        <source>%n seconds left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesChart</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/insights/insights_charts.py" line="+450"/>
        <source>Minutes pressed on %n days from {first} to {last}, {total} in all; the most, {most}, on {day}.</source>
        <translation>
            <numerusform>Minutes pressed on %n day from {first} to {last}, {total} in all; the most, {most}, on {day}.</numerusform>
            <numerusform>Minutes pressed on %n days from {first} to {last}, {total} in all; the most, {most}, on {day}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message numerus="yes">
        <location line="-88"/>
        <source>Average pain by day, from 0 (no pain) to 10, on %n days from {first} to {last}.</source>
        <translation>
            <numerusform>Average pain by day, from 0 (no pain) to 10, on %n day from {first} to {last}.</numerusform>
            <numerusform>Average pain by day, from 0 (no pain) to 10, on %n days from {first} to {last}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/kiosk/pin_pad.py" line="+114"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n digits typed</source>
        <translation>
            <numerusform>%n digit typed</numerusform>
            <numerusform>%n digits typed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/sitting/session_summary.py" line="+117"/>
        <source>%n completed</source>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n stopped early</source>
        <translation>
            <numerusform>%n stopped early</numerusform>
            <numerusform>%n stopped early</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped (not counted as time pressing)</source>
        <translation>
            <numerusform>%n skipped (not counted as time pressing)</numerusform>
            <numerusform>%n skipped (not counted as time pressing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stopped by quitting</source>
        <translation>
            <numerusform>%n stopped by quitting</numerusform>
            <numerusform>%n stopped by quitting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Pain {before} → {after}: %n point(s) lower.</source>
        <translation>
            <numerusform>Pain {before} → {after}: %n point lower.</numerusform>
            <numerusform>Pain {before} → {after}: %n points lower.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Pain {before} → {after}: %n point(s) higher.</source>
        <translation>
            <numerusform>Pain {before} → {after}: %n point higher.</numerusform>
            <numerusform>Pain {before} → {after}: %n points higher.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/kiosk/staff_screen.py" line="+219"/>
        <source>Start again after %n seconds without a touch</source>
        <translation>
            <numerusform>Start again after %n second without a touch</numerusform>
            <numerusform>Start again after %n seconds without a touch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerCard</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/timer/timer_card.py" line="+339"/>
        <location line="+302"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitorView</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/visitor/visitor_view.py" line="+681"/>
        <source>Holds not saved yet: %n. Kept while AcuPress is open and saved as soon as possible. ({problem})</source>
        <translation>
            <numerusform>Holds not saved yet: %n. Kept while AcuPress is open and saved as soon as possible. ({problem})</numerusform>
            <numerusform>Holds not saved yet: %n. Kept while AcuPress is open and saved as soon as possible. ({problem})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>handout_counts</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/handout/handout_pages.py" line="+369"/>
        <source>%n point(s), in this order.</source>
        <translation>
            <numerusform>%n point, in this order.</numerusform>
            <numerusform>%n points, in this order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>About %n minute(s) in all.</source>
        <translation>
            <numerusform>About %n minute in all.</numerusform>
            <numerusform>About %n minutes in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+296"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
