<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../acupress_gui/ui/shell/about_dialog.py" line="+46"/>
        <source>About AcuPress</source>
        <translation>关于 AcuPress</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Self-care guidance, not a diagnosis or a treatment. Point locations follow the WHO standard (2008); all text is our own. AcuPress never uses the network: everything it keeps stays in the files below.</source>
        <translation>本软件提供自我保健指导，不是诊断，也不是治疗。穴位定位遵循世界卫生组织（WHO）标准（2008 年）；所有文字均由我们自己撰写。AcuPress 从不联网：它保存的所有内容都只存放在下列文件中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your files</source>
        <translation>您的文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+26"/>
        <source>AcuPress {version}</source>
        <translation>AcuPress {version}</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>MIT licence</source>
        <translation>MIT 许可证</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Qt {qt} and PySide6 {pyside}</source>
        <translation>Qt {qt} 和 PySide6 {pyside}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GNU LGPL version 3</source>
        <translation>GNU LGPL 第 3 版</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BSD 3-clause licence</source>
        <translation>BSD 三条款许可证</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Guided self-acupressure for back and neck pain</source>
        <translation>针对腰背痛和颈痛的自我穴位按压指导</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Copy the path of: {name}</source>
        <translation>复制路径：{name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../acupress_gui/ui/kiosk/attract_screen.py" line="+34"/>
        <source>Touch to start</source>
        <translation>触摸屏幕开始</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find acupressure points for your neck and back, and try a guided hold. Nothing you do here is kept.</source>
        <translation>查找适用于颈部和腰背部的穴位，并在指导下试着按压一次。您在这里的任何操作都不会被保存。</translation>
    </message>
</context>
<context>
    <name>BodyMapView</name>
    <message>
        <location filename="../../acupress_gui/ui/map/body_map_view.py" line="+221"/>
        <source>Body map, seen from behind</source>
        <translation>人体图（背面）</translation>
    </message>
    <message>
        <location line="+883"/>
        <source>Go to the nearest point that way</source>
        <translation>移到该方向上最近的穴位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to the first or the last point of the list</source>
        <translation>移到列表中的第一个或最后一个穴位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom to the chosen point</source>
        <translation>放大到所选穴位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom in or out</source>
        <translation>放大或缩小</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Acupressure points on the back of the body, grouped by region. The arrow keys go to the nearest point in their direction, Home and End to the first and the last point, Enter zooms to the chosen point, plus and minus zoom in and out.</source>
        <translation>身体背面的穴位，按部位分组。方向键移到该方向上最近的穴位，Home 和 End 键移到第一个和最后一个穴位，Enter（回车）键放大到所选穴位，加号键和减号键用于放大和缩小。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Chosen: {title}, %n point(s): {codes}.</source>
        <extracomment>What a screen reader hears of the chosen entry, such as &quot;Chosen: Sea of Vitality, 2 points: BL23 + BL52.&quot;: {title} is its name, {codes} its points&apos; codes.</extracomment>
        <translation>
            <numerusform>已选择：{title}，%n 个穴位：{codes}。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{chosen} {keys}</source>
        <translation>{chosen}{keys}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{title} ({code})</source>
        <translation>{title}（{code}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your right</source>
        <translation>您的右侧</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your left</source>
        <translation>您的左侧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} ({code}, {side})</source>
        <translation>{title}（{code}，{side}）</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Your left</source>
        <extracomment>Beside the figure, which is the back of a body seen from behind: this side is the person&apos;s own left (and the viewer&apos;s left too).</extracomment>
        <translation>您的左侧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your right</source>
        <extracomment>Beside the figure, seen from behind: the person&apos;s own right.</extracomment>
        <translation>您的右侧</translation>
    </message>
</context>
<context>
    <name>ComplaintChips</name>
    <message>
        <location filename="../../acupress_gui/ui/map/complaint_chips.py" line="+15"/>
        <source>Neck pain</source>
        <translation>颈痛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stiff neck</source>
        <translation>颈部僵硬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper-back tension</source>
        <translation>上背部紧张</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low back pain</source>
        <translation>腰痛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sciatica</source>
        <translation>坐骨神经痛</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>neck pain</source>
        <extracomment>The complaint&apos;s name inside a sentence, such as &quot;Show points for neck pain&quot;.</extracomment>
        <translation>颈痛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stiff neck</source>
        <translation>颈部僵硬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upper-back tension</source>
        <translation>上背部紧张</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>low back pain</source>
        <translation>腰痛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sciatica</source>
        <translation>坐骨神经痛</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What hurts?</source>
        <translation>哪里疼？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show all points</source>
        <translation>显示所有穴位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show points for {complaint}</source>
        <translation>显示适用于{complaint}的穴位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Narrows the map and the list of points. The arrow keys move between the choices.</source>
        <translation>只在人体图和穴位列表中显示相应的穴位。用方向键可以在各个选项之间移动。</translation>
    </message>
</context>
<context>
    <name>DesktopWindow</name>
    <message>
        <location filename="../../acupress_gui/ui/shell/desktop_window.py" line="+201"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export history…</source>
        <translation>导出历史记录(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print / Save as PDF…</source>
        <translation>打印 / 保存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Insights</source>
        <translation>进展(&amp;I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reduce motion</source>
        <translation>减少动画(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sound and speech…</source>
        <translation>声音和语音(&amp;S)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Routine</source>
        <translation>按压流程(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start routine</source>
        <translation>开始按压流程(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose points…</source>
        <translation>选择穴位(&amp;C)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;minders…</source>
        <translation>提醒(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;When to see a doctor</source>
        <translation>何时需要看医生(&amp;W)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reading your pain trend</source>
        <translation>如何解读疼痛趋势(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the e&amp;xported history holds</source>
        <translation>导出的历史记录包含什么(&amp;X)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About AcuPress</source>
        <translation>关于 AcuPress(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language can be changed once the hold or routine ends</source>
        <translation>按压或按压流程结束后才能更改语言</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the &amp;system ({language})</source>
        <translation>跟随系统（{language}）(&amp;S)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{language} — needs a Chinese font</source>
        <translation>{language}——需要中文字体</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Text size</source>
        <translation>文字大小(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Th&amp;eme</source>
        <translation>主题(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{n} %</source>
        <translation>{n}%</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>History not available</source>
        <translation>无法使用历史记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file cannot be read right now: {problem}</source>
        <translation>目前无法读取历史记录文件：{problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history was not exported. {reason}</source>
        <translation>历史记录未能导出。{reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History exported</source>
        <translation>历史记录已导出</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved to {path}. Holds exported: %n.</source>
        <translation>
            <numerusform>已保存到 {path}。导出的按压记录：%n 条。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Time for a routine</source>
        <translation>该做按压流程了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open AcuPress whenever you are ready.</source>
        <translation>您准备好后，随时可以打开 AcuPress。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading your pain trend</source>
        <translation>如何解读疼痛趋势</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Before and after a routine or a hold you can rate your pain from 0 (no pain) to 10 (the worst pain you can imagine). One rating moves with sleep, weather and mood, so the trend compares weeks, not single days.&lt;/p&gt;&lt;p&gt;AcuPress takes the middle value (the median) of the ratings you gave &lt;i&gt;before&lt;/i&gt; sessions in your first week, Monday to Sunday, and in the last 7 days. It calls the change meaningful when pain dropped by at least 2 points or by at least 30%. In a pooled analysis of 10 trials (2,724 people with long-lasting pain; Farrar and colleagues, &lt;i&gt;Pain&lt;/i&gt;, 2001), a drop of about that size best matched people saying they felt much improved, and higher starting pain needed a larger drop in points, so the 30% form is the more general one. For low back pain, an international consensus proposed the same 2 points or 30% as the smallest change that matters (Ostelo and colleagues, &lt;i&gt;Spine&lt;/i&gt;, 2008). If your first week was at 0 there was nothing to reduce, so no label is given.&lt;/p&gt;&lt;p&gt;This is a record for you and your doctor, not a diagnosis. Pain that keeps rising needs a doctor&apos;s eyes, not more pressing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在按压流程或单次按压的前后，您可以给疼痛打分，从 0（不痛）到 10（能想象到的最剧烈疼痛）。单次评分会随睡眠、天气和心情而波动，所以趋势比较的是几周之间，而不是某一天。&lt;/p&gt;&lt;p&gt;AcuPress 分别取两段时间里您在练习&lt;i&gt;之前&lt;/i&gt;所打分数的中间值（中位数）：一段是您的第一周（周一到周日），一段是最近 7 天。如果疼痛至少下降 2 分，或至少下降 30%，就认为是有意义的变化。一项汇总了 10 项试验的分析（2,724 名长期疼痛患者；Farrar 等，&lt;i&gt;Pain&lt;/i&gt;，2001 年）发现，大约这么大的下降最符合人们自述“好转很多”的情况；而起始疼痛越高，需要下降的分数也越多，所以按 30% 计算的标准更为通用。对于腰痛，一项国际共识也提出，同样的 2 分或 30% 是有意义的最小变化（Ostelo 等，&lt;i&gt;Spine&lt;/i&gt;，2008 年）。如果您第一周的评分是 0，就没有可以下降的空间，因此不给出结论。&lt;/p&gt;&lt;p&gt;这是一份给您和您的医生看的记录，不是诊断。疼痛如果持续加重，需要请医生检查，而不是继续按压。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What the exported history holds</source>
        <translation>导出的历史记录包含什么</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&lt;p&gt;File ▸ Export history saves every hold in your history to a CSV file, which a spreadsheet opens: a row for each hold, oldest first, in these columns. Their names stay in English in every language.&lt;/p&gt;{columns}</source>
        <translation>&lt;p&gt;“文件 ▸ 导出历史记录”会把历史记录中的每次按压保存到一个 CSV 文件里，可以用电子表格软件打开：每次按压占一行，最早的在前，分为下列各列。无论界面是哪种语言，列名都保持英文。&lt;/p&gt;{columns}</translation>
    </message>
</context>
<context>
    <name>DurationBox</name>
    <message>
        <location filename="../../acupress_gui/ui/common/duration_box.py" line="+37"/>
        <source>Type the length as 90, 1:30 or 2 min</source>
        <translation>时长可以写成 90、1:30 或 2 分钟</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{text}” is not a length of time. Type it as 90, 1:30 or 2 min.</source>
        <translation>“{text}”不是时长。请写成 90、1:30 或 2 分钟。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shortest hold is {limit}, so {typed} became {limit}.</source>
        <translation>最短的按压时间是 {limit}，所以 {typed} 改为了 {limit}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For minutes, type “{n} min”.</source>
        <translation>如果是分钟，请输入“{n} 分钟”。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The longest hold is {limit}, so {typed} became {limit}.</source>
        <translation>最长的按压时间是 {limit}，所以 {typed} 改为了 {limit}。</translation>
    </message>
</context>
<context>
    <name>EntriesChart</name>
    <message>
        <location filename="../../acupress_gui/ui/insights/insights_charts.py" line="+501"/>
        <location line="+12"/>
        <source>No holds in these days yet.</source>
        <translation>这段时间里还没有按压记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title}: {minutes} min</source>
        <translation>{title}：{minutes} 分钟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes pressed, longest first: {list}.</source>
        <translation>按压的分钟数（从长到短）：{list}。</translation>
    </message>
</context>
<context>
    <name>EntryFinder</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/map/entry_finder.py" line="+99"/>
        <source>%n of {total} shown</source>
        <translation>
            <numerusform>显示 %n 个，共 {total} 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No points for {complaint} here.</source>
        <translation>这里没有适用于{complaint}的穴位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing for {complaint} matches “{text}”.</source>
        <translation>适用于{complaint}的穴位中，没有与“{text}”相符的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing matches “{text}”.</source>
        <translation>没有与“{text}”相符的穴位。</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/map/entry_list_model.py" line="+71"/>
        <source>{title}, %n point(s): {codes}</source>
        <extracomment>What a screen reader says on a row of the list of points, such as &quot;Sea of Vitality, 2 points: BL23 + BL52&quot;: {title} is its name, {codes} its points&apos; codes.</extracomment>
        <translation>
            <numerusform>{title}，%n 个穴位：{codes}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{region}, heading</source>
        <extracomment>What a screen reader says on a region&apos;s heading in the list of points, such as &quot;Lower back, heading&quot;: {region} is the region&apos;s name; &quot;heading&quot; says it is a title over the points below it, not a point to choose.</extracomment>
        <translation>{region}，标题</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../acupress_gui/ui/common/error_dialog.py" line="+37"/>
        <source>Details were written to {path}</source>
        <translation>详细信息已写入 {path}</translation>
    </message>
</context>
<context>
    <name>FirstRunNotice</name>
    <message>
        <location filename="../../acupress_gui/ui/common/first_run_notice.py" line="+33"/>
        <source>Welcome to AcuPress</source>
        <translation>欢迎使用 AcuPress</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../acupress_gui/ui/kiosk/welcome_card.py" line="+43"/>
        <source>Before you start</source>
        <translation>开始之前</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I understand</source>
        <translation>我已了解</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>neck</source>
        <translation>颈部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back</source>
        <translation>腰背部</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Call your local emergency number&lt;/b&gt; (999 in the UK) or go to an emergency department if your {where} pain comes with:&lt;/p&gt;{emergency}&lt;p&gt;&lt;b&gt;See a doctor urgently, the same day&lt;/b&gt; (in the UK you can also call 111) if your {where} pain comes with:&lt;/p&gt;{same_day}</source>
        <translation>&lt;p&gt;如果您的{where}疼痛伴有以下情况，&lt;b&gt;请拨打当地急救电话&lt;/b&gt;（英国为 999）或前往急诊科：&lt;/p&gt;{emergency}&lt;p&gt;如果您的{where}疼痛伴有以下情况，&lt;b&gt;请当天紧急看医生&lt;/b&gt;（在英国也可以拨打 111）：&lt;/p&gt;{same_day}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;AcuPress shows you how to find and press acupressure points that are traditionally used for back and neck pain. It is self-care guidance: it does not diagnose anything and it is not a treatment.&lt;/p&gt;&lt;h3&gt;Neck pain&lt;/h3&gt;{neck}&lt;h3&gt;Back pain&lt;/h3&gt;{back}&lt;p&gt;Pain that is severe or lasts for weeks deserves a professional&apos;s opinion. Stop pressing if pain, numbness or dizziness grows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;AcuPress 教您如何找到并按压传统上用于腰背痛和颈痛的穴位。它提供的是自我保健指导：不做任何诊断，也不是治疗。&lt;/p&gt;&lt;h3&gt;颈痛&lt;/h3&gt;{neck}&lt;h3&gt;腰背痛&lt;/h3&gt;{back}&lt;p&gt;疼痛剧烈或持续数周时，应当听取专业人士的意见。如果疼痛、麻木或头晕加重，请停止按压。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../acupress_gui/ui/handout/handout_dialog.py" line="+67"/>
        <source>Print or save a handout</source>
        <translation>打印或保存说明页</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sheet to take home: the figure with the points marked, how to find and press each, its cautions and when to get help.</source>
        <translation>一份可以带回家的说明页：标有穴位的人体图、每个穴位的找法和按法、注意事项，以及何时需要求助。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to print</source>
        <translation>打印内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This point: {title}</source>
        <translation>当前穴位：{title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The routine Start routine runs</source>
        <translation>“开始按压流程”所运行的按压流程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routine: {name}</source>
        <translation>按压流程：{name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter (US)</source>
        <translation>Letter（美国信纸）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print:</source>
        <translation>打印：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save the handout</source>
        <translation>保存说明页</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Handout saved</source>
        <translation>说明页已保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Print from your PDF viewer</source>
        <translation>请从 PDF 阅读器打印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AcuPress cannot reach a printer itself, so the handout opened in your PDF viewer: print it from there. It is saved as {path}.</source>
        <translation>AcuPress 无法直接连接打印机，所以已在您的 PDF 阅读器中打开说明页：请从那里打印。文件已保存为 {path}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No printer found</source>
        <translation>未找到打印机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AcuPress found no printer and no program to open the handout with. It is saved as {path}: print it from any program that opens PDF files.</source>
        <translation>AcuPress 没有找到打印机，也没有找到能打开说明页的程序。文件已保存为 {path}：您可以用任何能打开 PDF 文件的程序打印它。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The handout was not made</source>
        <translation>说明页未能生成</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../acupress_gui/ui/history/history_panel.py" line="+54"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your sessions</source>
        <translation>您的练习记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold deleted.</source>
        <translation>已删除这次按压。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved holds, newest first</source>
        <translation>已保存的按压记录，最新的在前</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all…</source>
        <translation>全部清除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Holds not saved yet: %n ({problem})</source>
        <translation>
            <numerusform>尚未保存的按压记录：%n 条（{problem}）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your history can be read, but nothing can be changed or added: the file or its folder is read-only.</source>
        <translation>您的历史记录可以查看，但无法修改或添加：文件或其所在的文件夹是只读的。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No holds yet. Each hold you time is saved here.</source>
        <translation>还没有按压记录。每次计时的按压都会保存在这里。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today: {today}  ·  This week: {week}</source>
        <translation>今天：{today}  ·  本周：{week}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Skipped this week: %n</source>
        <translation>
            <numerusform>本周跳过：%n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The hold could not be deleted. {problem}</source>
        <translation>这次按压未能删除。{problem}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The hold could not be put back. {problem}</source>
        <translation>这次按压未能恢复。{problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clear all history?</source>
        <translation>清除全部历史记录？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes every saved hold. It cannot be undone.</source>
        <translation>这会删除所有已保存的按压记录，并且无法撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything</source>
        <translation>全部删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my history</source>
        <translation>保留我的历史记录</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The history could not be cleared. {problem}</source>
        <translation>历史记录未能清除。{problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The history cannot be read right now. {problem}</source>
        <translation>目前无法读取历史记录。{problem}</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../acupress_gui/ui/history/history_table_model.py" line="+53"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point</source>
        <translation>穴位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>左右侧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>按压时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>疼痛</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pain rated before and after the session this hold was part of</source>
        <translation>这次按压所在的练习前后的疼痛评分</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Both</source>
        <translation>两侧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped early</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped by quitting</source>
        <translation>因退出而停止</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{day} {date}, {time}</source>
        <extracomment>When a hold started: {day} is the short name of the weekday, {date} and {time} are written as the language writes them. Put them in your language&apos;s order.</extracomment>
        <translation>{date} {day} {time}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{title}: {spot}</source>
        <translation>{title}：{spot}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{before} → not rated</source>
        <translation>{before} → 未评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not rated → {after}</source>
        <translation>未评分 → {after}</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <location filename="../../acupress_gui/ui/kiosk/idle_countdown.py" line="+19"/>
        <source>Still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Touch to continue. Otherwise the screen starts again for the next person.</source>
        <translation>触摸屏幕即可继续。否则，屏幕将为下一位重新开始。</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n seconds left</source>
        <translation>
            <numerusform>还剩 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsNumbers</name>
    <message>
        <location filename="../../acupress_gui/ui/insights/insights_numbers.py" line="+57"/>
        <source>Pain and minutes by day</source>
        <translation>每天的疼痛和按压分钟数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain before</source>
        <translation>练习前疼痛</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain after</source>
        <translation>练习后疼痛</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Minutes</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes by point, longest first</source>
        <translation>各穴位的按压分钟数（从长到短）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point</source>
        <translation>穴位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pain (0 no pain, 10 worst) and minutes by day</source>
        <translation>每天的疼痛（0 为不痛，10 为最痛）和按压分钟数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes by point</source>
        <translation>各穴位的按压分钟数</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../acupress_gui/ui/insights/insights_view.py" line="+80"/>
        <source>Insights</source>
        <translation>进展</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your practice and your pain</source>
        <translation>您的练习和疼痛</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Week</source>
        <translation>一周</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>一个月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All time</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pain before and after sessions</source>
        <translation>练习前后的疼痛</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Minutes pressed each day</source>
        <translation>每天按压的分钟数</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Entries you pressed longest</source>
        <translation>按压时间最长的穴位</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pain before and after sessions (0 no pain, 10 worst)</source>
        <translation>练习前后的疼痛（0 为不痛，10 为最痛）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries you pressed longest, in minutes</source>
        <translation>按压时间最长的穴位（分钟）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+184"/>
        <source>Show the numbers</source>
        <translation>显示数字</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing here yet. After your first session, this page shows how your pain and your practice change over the weeks.</source>
        <translation>这里还没有内容。完成第一次练习后，这一页会显示您的疼痛和练习在几周里的变化。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing recorded in the last {days} days. Your pain ratings and your practice will show here after your next session.</source>
        <translation>最近 {days} 天里没有任何记录。下次练习后，您的疼痛评分和练习情况会显示在这里。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sessions this week: {sessions}  ·  Days in a row with a routine: {days}</source>
        <translation>本周练习次数：{sessions}  ·  连续做按压流程的天数：{days}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These charts only show what you recorded. They are not a diagnosis and do not replace advice from a doctor.</source>
        <translation>这些图表只显示您记录的内容。它们不是诊断，也不能代替医生的建议。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate your pain before sessions for two weeks to see a trend.</source>
        <translation>在练习前给疼痛打分，坚持两周，就能看到趋势。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your typical pain before a session is {latest}, the same as in your first week of ratings (from {since}).</source>
        <translation>您练习前的典型疼痛是 {latest}，和您评分的第一周（从 {since} 起）相同。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your typical pain before a session went from {first} in your first week of ratings (from {since}) to {latest} in the last 7 days.</source>
        <translation>您练习前的典型疼痛，从评分第一周（从 {since} 起）的 {first}，变为最近 7 天的 {latest}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is a meaningful change: a drop of at least 2 points or 30% is about what matched people with lasting pain feeling much better (Farrar et al. 2001; Ostelo et al. 2008).</source>
        <translation>这是有意义的变化：疼痛至少下降 2 分或 30%，大约就是长期疼痛的人感到明显好转时的降幅（Farrar 等，2001；Ostelo 等，2008）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is not yet a meaningful change, which takes a drop of at least 2 points or 30% (Farrar et al. 2001; Ostelo et al. 2008).</source>
        <translation>这还不算有意义的变化：有意义的变化需要疼痛至少下降 2 分或 30%（Farrar 等，2001；Ostelo 等，2008）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pain that keeps rising deserves a closer look: Help ▸ When to see a doctor lists the signs not to wait on.</source>
        <translation>持续加重的疼痛值得仔细查看：“帮助 ▸ 何时需要看医生”列出了不应拖延的征兆。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show the charts</source>
        <translation>显示图表</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your history cannot be read right now: {problem}</source>
        <translation>目前无法读取您的历史记录：{problem}</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <location filename="../../acupress_gui/ui/common/key_help.py" line="+29"/>
        <source>, </source>
        <comment>between keys that do the same</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>MinutesChart</name>
    <message>
        <location filename="../../acupress_gui/ui/insights/insights_charts.py" line="-84"/>
        <location line="+7"/>
        <source>No holds in these days yet.</source>
        <translation>这段时间里还没有按压记录。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Minutes pressed on %n days from {first} to {last}, {total} in all; the most, {most}, on {day}.</source>
        <translation>
            <numerusform>从 {first} 到 {last}，有 %n 天按压，共 {total} 分钟；最多的一天是 {day}，{most} 分钟。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <location line="-146"/>
        <source>Before</source>
        <translation>练习前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After</source>
        <translation>练习后</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+9"/>
        <source>No pain ratings in these days yet.</source>
        <translation>这段时间里还没有疼痛评分。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Average pain by day, from 0 (no pain) to 10, on %n days from {first} to {last}.</source>
        <translation>
            <numerusform>每天的平均疼痛，从 0（不痛）到 10，从 {first} 到 {last}，共 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before sessions: from {start} on {first} to {end} on {last}; lowest {low}, highest {high}.</source>
        <translation>练习前：从 {first} 的 {start} 到 {last} 的 {end}；最低 {low}，最高 {high}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After sessions: from {start} on {first} to {end} on {last}; lowest {low}, highest {high}.</source>
        <translation>练习后：从 {first} 的 {start} 到 {last} 的 {end}；最低 {low}，最高 {high}。</translation>
    </message>
</context>
<context>
    <name>PainCheckIn</name>
    <message>
        <location filename="../../acupress_gui/ui/sitting/pain_check_in.py" line="+59"/>
        <source>Pain check-in</source>
        <translation>疼痛自评</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+71"/>
        <location line="+58"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Pain {n} of 10</source>
        <translation>疼痛 {n} 分（满分 10 分）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pain</source>
        <translation>不痛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst pain
imaginable</source>
        <translation>能想象到的
最剧烈疼痛</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{first} to {last}</source>
        <translation>{first} 到 {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate your pain</source>
        <translation>给疼痛打分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{one}, then {zero}</source>
        <translation>先按 {one}，再按 {zero}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate 10</source>
        <translation>打 10 分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate the number with the focus</source>
        <translation>按焦点所在的数字打分</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You typed 1: type 0 now to make it 10.</source>
        <translation>您输入了 1：现在再输入 0，就是 10 分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the keyboard, type the number; for 10, type 1 then 0.</source>
        <translation>也可以用键盘输入数字；要打 10 分，请先输入 1，再输入 0。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>How much does it hurt right now?</source>
        <translation>您现在有多痛？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap a number: 0 is no pain, 10 the worst pain you can imagine.</source>
        <translation>请点一个数字：0 表示不痛，10 表示您能想象到的最剧烈疼痛。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip, just start</source>
        <translation>跳过，直接开始</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>And how much does it hurt now?</source>
        <translation>那么现在有多痛？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate it the same way as before, so you can compare.</source>
        <translation>请用和之前一样的方式打分，方便比较。</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../acupress_gui/ui/kiosk/pin_pad.py" line="+38"/>
        <source>Staff PIN</source>
        <translation>工作人员 PIN 码</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>That is not the PIN.</source>
        <translation>PIN 码不正确。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>PIN 码输错次数太多。请在 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n digits typed</source>
        <translation>
            <numerusform>已输入 %n 位数字</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointPanel</name>
    <message>
        <location filename="../../acupress_gui/ui/map/point_panel.py" line="+48"/>
        <source>Point details</source>
        <translation>穴位详情</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose a point</source>
        <translation>选择一个穴位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what hurts above the figure, or tap a part of the body on it and then a dot; or pick a point from the list. Each point says what it is, how to find it on yourself and how to press it.</source>
        <translation>请在人体图上方选择哪里疼，或者点一下图上的身体部位，再点一个圆点；也可以从列表中选一个穴位。每个穴位都会说明它是什么、如何在自己身上找到它，以及如何按压。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About these points</source>
        <translation>关于这些穴位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The points cover the neck, the upper and lower back, the buttocks, the legs and the hands. Five of them come from a popular self-care guide for back pain, which mixed up several names and numbers and put one point in the wrong place: those entries show the standard point and say what was corrected.</source>
        <translation>这些穴位分布在颈部、上背部、腰部、臀部、腿部和手部。其中五个来自一本流行的腰背痛自我保健指南，这本指南弄混了几个名称和编号，还把一个穴位的位置标错了：这些穴位的说明显示的是标准穴位，并写明更正了什么。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is self-care guidance, not a diagnosis or a treatment. Help ▸ When to see a doctor lists the signs that need medical care.</source>
        <translation>这是自我保健指导，不是诊断，也不是治疗。“帮助 ▸ 何时需要看医生”列出了需要就医的征兆。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is self-care guidance, not a diagnosis or a treatment. If you have one of the warning signs you saw at the start, or are not sure, ask the staff.</source>
        <translation>这是自我保健指导，不是诊断，也不是治疗。如果您有开始时看到的任何一种警示征兆，或者拿不准，请询问工作人员。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In the guide: “{name}”</source>
        <translation>指南中的名称：“{name}”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>See a doctor first</source>
        <translation>请先看医生</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was corrected</source>
        <translation>更正了什么</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it is</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (the guide: {code})</source>
        <translation>（指南中为 {code}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How to find it on yourself</source>
        <translation>如何在自己身上找到它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to press</source>
        <translation>如何按压</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Traditionally used for</source>
        <translation>传统上用于</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traditional uses, not proven effects: {uses}.</source>
        <translation>传统用法，并非已被证实的效果：{uses}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cautions</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evidence and sources</source>
        <translation>证据与来源</translation>
    </message>
</context>
<context>
    <name>PregnancyQuestion</name>
    <message>
        <location filename="../../acupress_gui/ui/kiosk/welcome_card.py" line="+24"/>
        <location filename="../../acupress_gui/ui/sitting/pregnancy_question.py" line="+37"/>
        <source>Are you pregnant, or could you be?</source>
        <translation>您是否怀孕，或者有可能怀孕？</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../acupress_gui/ui/sitting/pregnancy_question.py" line="+4"/>
        <source>Some points are traditionally avoided in pregnancy ({titles}). If you might be pregnant, AcuPress leaves them out of the routine. You can change this answer at any time.</source>
        <translation>有些穴位传统上在孕期避免按压（{titles}）。如果您可能怀孕，AcuPress 会把它们从按压流程中去掉。您可以随时更改这个回答。</translation>
    </message>
    <message>
        <location filename="../../acupress_gui/ui/sitting/pregnancy_question.py" line="+6"/>
        <source>No</source>
        <translation>没有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, or I might be</source>
        <translation>是，或者有可能</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../acupress_gui/ui/reminders/reminders_dialog.py" line="+48"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AcuPress can invite you to do a routine at the times you choose. Reminders come only while AcuPress is running.</source>
        <translation>AcuPress 可以在您选择的时间提醒您做按压流程。只有在 AcuPress 运行时才会提醒。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remind me to do a routine</source>
        <translation>提醒我做按压流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIMES</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder times</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to add</source>
        <translation>要添加的时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add time</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep AcuPress in the system tray when the window is closed</source>
        <translation>关闭窗口后，让 AcuPress 留在系统托盘中</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>“{text}” is not a time of day. Type it as 9, 9:30, 0930 or 6 pm.</source>
        <translation>“{text}”不是一个时间。请写成 9、9:30、0930 或 18:00。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This desktop shows no system tray, so closing the window quits AcuPress and reminders stop until you open it again.</source>
        <translation>这个桌面没有系统托盘，所以关闭窗口就会退出 AcuPress，提醒也会停止，直到您再次打开它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available when reminders are on.</source>
        <translation>开启提醒后才能使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders keep coming while the window is closed. To quit AcuPress, choose Quit in the tray icon&apos;s menu or press {keys}.</source>
        <translation>关闭窗口后，提醒仍会继续。要退出 AcuPress，请在托盘图标的菜单中选择“退出”，或按 {keys}。</translation>
    </message>
</context>
<context>
    <name>RoutineBar</name>
    <message>
        <location filename="../../acupress_gui/ui/sitting/routine_bar.py" line="+36"/>
        <source>Back</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop routine</source>
        <translation>停止按压流程</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Routine finished</source>
        <translation>按压流程已结束</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routine · {n} of {total} · {title}</source>
        <translation>按压流程 · 第 {n} 个，共 {total} 个 · {title}</translation>
    </message>
</context>
<context>
    <name>RoutineEditorDialog</name>
    <message>
        <location filename="../../acupress_gui/ui/sitting/routine_editor_dialog.py" line="+84"/>
        <source>Your routines</source>
        <translation>您的按压流程</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Routine</source>
        <translation>按压流程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show points for</source>
        <translation>按不适显示穴位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every complaint</source>
        <translation>所有不适</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Points to add</source>
        <translation>可添加的穴位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to routine</source>
        <translation>加入按压流程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routine name</source>
        <translation>按压流程名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+368"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>Ask me to rate my pain before and after</source>
        <translation>开始前和结束后请我给疼痛打分</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Routine:</source>
        <translation>按压流程：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>POINTS, IN THE ORDER YOU PRESS THEM</source>
        <translation>穴位（按您按压的先后顺序）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold this point for:</source>
        <translation>此穴位按压时长：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ADD POINTS</source>
        <translation>添加穴位</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{keys}; or drag the point in the list</source>
        <extracomment>The tip of the Move up and Move down buttons: {keys} is the key to press instead, such as Ctrl+Up, already in your language.</extracomment>
        <translation>{keys}；也可以在列表中拖动穴位</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name} (ready-made)</source>
        <translation>{name}（预设）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The points you chose earlier</source>
        <translation>您之前选择的穴位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <source>New routine</source>
        <translation>新建按压流程</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>My routine</source>
        <translation>我的按压流程</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name your routine</source>
        <translation>给您的按压流程起个名字</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ready-made for {complaint}. Change it and save it under a name of your own to keep your version.</source>
        <translation>这是针对{complaint}的预设按压流程。修改后用您自己起的名字保存，就能保留您的版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+117"/>
        <source>Your own routine.</source>
        <translation>您自己的按压流程。</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>The points a routine walks until you choose your own.</source>
        <translation>在您自己选择穴位之前，按压流程默认使用的穴位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The points you chose earlier, in the catalog&apos;s order.</source>
        <translation>您之前选择的穴位，按穴位目录中的顺序排列。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new routine: add points from the list on the right.</source>
        <translation>新的按压流程：请从右侧的列表中添加穴位。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changes not saved</source>
        <translation>更改未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes to this routine are not saved. Open “{name}” and lose them?</source>
        <translation>您对这个按压流程的更改还没有保存。要打开“{name}”并放弃这些更改吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lose the changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Name your version of {name}</source>
        <translation>给您修改后的“{name}”起个名字</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>You have {n} routines, as many as AcuPress keeps: delete one first.</source>
        <translation>您已有 {n} 个按压流程，这是 AcuPress 能保存的上限：请先删除一个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a point to the routine first.</source>
        <translation>请先在按压流程中添加一个穴位。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved as “{name}”.</source>
        <translation>已保存为“{name}”。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Renamed “{old}” to “{name}”.</source>
        <translation>已将“{old}”重命名为“{name}”。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleted “{name}”.</source>
        <translation>已删除“{name}”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete routine</source>
        <translation>删除按压流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your routine “{name}”? This cannot be undone.</source>
        <translation>要删除您的按压流程“{name}”吗？此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the routine a name.</source>
        <translation>请给按压流程起个名字。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” is a ready-made routine: give yours a name of its own.</source>
        <translation>“{name}”是预设按压流程：请给您的流程另起一个名字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You already have a routine called “{name}”: choose another name.</source>
        <translation>您已经有一个名为“{name}”的按压流程：请换一个名字。</translation>
    </message>
</context>
<context>
    <name>RoutineStepsList</name>
    <message>
        <location filename="../../acupress_gui/ui/sitting/routine_steps_list.py" line="+53"/>
        <source>Points in this routine, in order</source>
        <translation>这个按压流程中的穴位（按顺序）</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>{time} (usual)</source>
        <translation>{time}（常用时长）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out: avoided in pregnancy</source>
        <translation>已略去：孕期避免按压</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../acupress_gui/ui/map/search_field.py" line="+24"/>
        <source>Find by name or code</source>
        <translation>按名称或代码查找</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a point by name or code</source>
        <translation>按名称或代码查找穴位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an English or Chinese name or a point code such as GB20.</source>
        <translation>可输入英文名称、中文名称，或穴位代码（例如 GB20）。</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <location filename="../../acupress_gui/ui/sitting/session_flow.py" line="+219"/>
        <source>Left out because you may be pregnant: {titles}.</source>
        <translation>因为您可能怀孕，已略去：{titles}。</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <location filename="../../acupress_gui/ui/sitting/session_summary.py" line="+45"/>
        <source>When to see a doctor</source>
        <translation>何时需要看医生</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your progress over the weeks</source>
        <translation>您几周来的进展</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Routine stopped</source>
        <translation>按压流程已停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routine complete</source>
        <translation>按压流程已完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: {titles}</source>
        <translation>已完成：{titles}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: {titles}</source>
        <translation>已跳过：{titles}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reached: {titles}</source>
        <translation>未进行到：{titles}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time pressing: {time}</source>
        <translation>按压时间：{time}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hold stopped early</source>
        <translation>按压已提前停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold done</source>
        <translation>按压完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: {time} of pressing</source>
        <translation>{title}：按压了 {time}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n completed</source>
        <translation>
            <numerusform>完成 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n stopped early</source>
        <translation>
            <numerusform>提前停止 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped (not counted as time pressing)</source>
        <translation>
            <numerusform>跳过 %n 次（不计入按压时间）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stopped by quitting</source>
        <translation>
            <numerusform>因退出而停止 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holds: {parts}</source>
        <translation>按压：{parts}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pain before: {before}</source>
        <translation>按压前疼痛：{before}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain not rated this time.</source>
        <translation>这次没有给疼痛打分。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Pain {before} → {after}: %n point(s) lower.</source>
        <translation>
            <numerusform>疼痛 {before} → {after}：降低了 %n 分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Pain {before} → {after}: %n point(s) higher.</source>
        <translation>
            <numerusform>疼痛 {before} → {after}：升高了 %n 分。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pain {before} → {after}: no change.</source>
        <translation>疼痛 {before} → {after}：没有变化。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your pain went up. Pressing should never make it worse: stop, and if it stays worse, talk to a doctor.</source>
        <translation>您的疼痛加重了。按压绝不应该让疼痛加重：请停止按压；如果疼痛一直比之前重，请和医生谈谈。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your pain is high. Be gentle with yourself, and check the signs that mean you should see a doctor soon.</source>
        <translation>您的疼痛较重。请善待自己，并看看哪些征兆意味着您应该尽快看医生。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../acupress_gui/ui/shell/shortcuts_dialog.py" line="+72"/>
        <source>On the body map</source>
        <translation>在人体图上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the hold timer</source>
        <translation>在按压计时器中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the pain check-in</source>
        <translation>在疼痛自评中</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>SoundSpeechDialog</name>
    <message>
        <location filename="../../acupress_gui/ui/timer/sound_speech_dialog.py" line="+55"/>
        <source>Sound and speech</source>
        <translation>声音和语音</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AcuPress can say each step aloud (“Press now”, “Switch to your left side”, “Release slowly”), so you can follow a hold with your eyes closed. Without it, chimes mark the switch of sides and the end.</source>
        <translation>AcuPress 可以把每一步读出来（“现在按压”“换到您的左侧”“慢慢松开”），这样您闭着眼睛也能跟着按压。不开启朗读时，会用提示音来提示换边和结束。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Speak each step aloud</source>
        <translation>朗读每一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also say when to breathe in and out</source>
        <translation>同时提示何时吸气、何时呼气</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice</source>
        <translation>朗读声音</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speech volume</source>
        <translation>朗读音量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try it</source>
        <translation>试听</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Voice</source>
        <translation>朗读声音(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;olume</source>
        <translation>音量(&amp;O)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Press now. Breathe in.</source>
        <translation>现在按压。吸气。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Default voice</source>
        <translation>默认声音</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{n} %</source>
        <translation>{n}%</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Looking for a speech engine…</source>
        <translation>正在查找语音引擎…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No speech engine was found on this computer, so the chimes play instead. On Debian or Ubuntu, install the packages speech-dispatcher and speech-dispatcher-espeak-ng, then start AcuPress again.</source>
        <translation>这台电脑上没有找到语音引擎，所以会改为播放提示音。在 Debian 或 Ubuntu 上，请安装 speech-dispatcher 和 speech-dispatcher-espeak-ng 这两个软件包，然后重新启动 AcuPress。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The speech engine is not answering, so the chimes play instead. Start AcuPress again to try once more.</source>
        <translation>语音引擎没有响应，所以会改为播放提示音。请重新启动 AcuPress 再试一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sound is off on the timer, so nothing will be heard until you turn it on.</source>
        <translation>计时器上的声音已关闭，所以在您打开它之前，什么都听不到。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timer&apos;s Sound button turns speech off too.</source>
        <translation>计时器上的声音按钮也会关闭语音朗读。</translation>
    </message>
</context>
<context>
    <name>SpokenGuide</name>
    <message>
        <location filename="../../acupress_gui/ui/timer/spoken_guide.py" line="+96"/>
        <source>{title}. Find the spot.</source>
        <translation>{title}。请找到按压点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the spot.</source>
        <translation>请找到按压点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press now.</source>
        <translation>现在按压。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch to your left side.</source>
        <translation>换到您的左侧。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to your right side.</source>
        <translation>换到您的右侧。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ease off, and rest.</source>
        <translation>放松力度，休息一下。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release slowly.</source>
        <translation>慢慢松开。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move to the next spot: {label}.</source>
        <translation>换到下一个按压点：{label}。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Breathe in.</source>
        <translation>吸气。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breathe out.</source>
        <translation>呼气。</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../acupress_gui/ui/kiosk/staff_screen.py" line="+72"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the kiosk</source>
        <translation>返回自助终端</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the visitor&apos;s screen</source>
        <translation>重新开始访客界面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit kiosk mode</source>
        <translation>退出自助终端模式</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Idle time</source>
        <translation>闲置时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shorter</source>
        <translation>缩短</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longer</source>
        <translation>延长</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For this run only: AcuPress never changes {file}, which may be read-only. To keep a new time, set idle_seconds in {path}.</source>
        <translation>仅在本次运行期间有效：AcuPress 从不修改 {file}（它可能是只读的）。如要保留新的时间，请在 {path} 中设置 idle_seconds。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Holds on this kiosk (anonymous counts)</source>
        <translation>本自助终端的按压次数（匿名计数）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point</source>
        <translation>穴位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds started</source>
        <translation>开始次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>完成次数</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The state folder cannot be written, so the counts are kept in memory.</source>
        <translation>无法写入状态文件夹，所以计数只保存在内存中。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Start again after %n seconds without a touch</source>
        <translation>
            <numerusform>无人触摸 %n 秒后重新开始</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepHoldChoice</name>
    <message>
        <location filename="../../acupress_gui/ui/sitting/step_hold_choice.py" line="+32"/>
        <source>Hold this point for</source>
        <translation>此穴位按压时长</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your usual hold ({time})</source>
        <translation>您常用的按压时长（{time}）</translation>
    </message>
</context>
<context>
    <name>StepNumber</name>
    <message>
        <location filename="../../acupress_gui/ui/common/step_number.py" line="+41"/>
        <source>Less</source>
        <extracomment>A screen reader&apos;s name for the minus button beside a number (sets, seconds).</extracomment>
        <translation>减少</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More</source>
        <extracomment>A screen reader&apos;s name for the plus button beside a number (sets, seconds).</extracomment>
        <translation>增加</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../acupress_gui/ui/reminders/time_field.py" line="+26"/>
        <source>e.g. 9:30 or 6 pm</source>
        <translation>例如 9:30 或 18:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a time such as 9, 9:30, 0930 or 6 pm</source>
        <translation>输入时间，例如 9、9:30、0930 或 18:00</translation>
    </message>
</context>
<context>
    <name>TimerCard</name>
    <message>
        <location filename="../../acupress_gui/ui/timer/timer_card.py" line="+164"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+749"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-749"/>
        <location line="+749"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="-748"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Hold for</source>
        <translation>按压时长</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Custom hold, minutes and seconds</source>
        <translation>自定义按压时长（分钟和秒）</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+80"/>
        <location line="+34"/>
        <source>Sets</source>
        <translation>组数</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Both sides at once</source>
        <translation>两侧同时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One side, then the other</source>
        <translation>先一侧，再另一侧</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>Sides</source>
        <translation>左右侧</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>All spots together</source>
        <translation>所有按压点同时按</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One spot after the other</source>
        <translation>按压点逐个依次按</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>Spots</source>
        <translation>按压点</translation>
    </message>
    <message>
        <location line="-44"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Time to get into position, seconds</source>
        <translation>摆好姿势的时间（秒）</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+35"/>
        <source>Hold</source>
        <translation>按压时长</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+30"/>
        <location line="+540"/>
        <source>Get into position</source>
        <translation>摆好姿势</translation>
    </message>
    <message>
        <location line="-463"/>
        <source>Start, pause or resume the hold</source>
        <translation>开始、暂停或继续按压</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the hold</source>
        <translation>停止按压</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>{n} spots, one after the other</source>
        <translation>{n} 个按压点，依次按压</translation>
    </message>
    <message>
        <location line="-506"/>
        <location line="+399"/>
        <location line="+93"/>
        <source>Hold timer</source>
        <translation>按压计时器</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+66"/>
        <source>Choose a point first</source>
        <translation>请先选择一个穴位</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+69"/>
        <source>Ready when you are</source>
        <translation>准备好就可以开始</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After Start: {time} to find the spot.</source>
        <translation>点击“开始”后，您有 {time}来找到按压点。</translation>
    </message>
    <message numerus="yes">
        <location line="-301"/>
        <location line="+302"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the spot, then press Start.</source>
        <translation>找到按压点后，请点击“开始”。</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Find the spot…</source>
        <translation>找到按压点…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: find the point</source>
        <translation>下一步：找到穴位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press and hold</source>
        <translation>按住并保持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left side</source>
        <translation>换到您的左侧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the next spot</source>
        <translation>换到下一个按压点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your right side</source>
        <translation>您的右侧</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your left side</source>
        <translation>您的左侧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press and hold: {side}</source>
        <translation>按住并保持：{side}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>{first}. {then}</source>
        <comment>two sentences, said one after the other</comment>
        <translation>{first}。{then}</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+179"/>
        <source>Stopped early. The time you held is saved.</source>
        <translation>已提前停止。您按压的时间已经保存。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{title} · set {n} of {total}</source>
        <translation>{title} · 第 {n} 组，共 {total} 组</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Spot {n} of {total}: {label} · {codes}</source>
        <translation>第 {n} 个按压点，共 {total} 个：{label} · {codes}</translation>
    </message>
    <message>
        <location line="-221"/>
        <location line="+175"/>
        <source>Release slowly. Well done.</source>
        <translation>慢慢松开。做得很好。</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+285"/>
        <source>Breathe in</source>
        <translation>吸气</translation>
    </message>
    <message>
        <location line="-284"/>
        <location line="+284"/>
        <source>Breathe out</source>
        <translation>呼气</translation>
    </message>
    <message>
        <location line="-283"/>
        <location line="+284"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move your hands to the point shown</source>
        <translation>把手移到图上显示的穴位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let your hands rest</source>
        <translation>让双手休息一下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move your hands to your left side</source>
        <translation>把手移到您的左侧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ease off and move on</source>
        <translation>放松力度，换到下一个按压点</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Sound on</source>
        <translation>声音：开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sound off</source>
        <translation>声音：关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound cues</source>
        <translation>声音提示</translation>
    </message>
</context>
<context>
    <name>TimerDial</name>
    <message>
        <location filename="../../acupress_gui/ui/timer/timer_dial.py" line="+54"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../acupress_gui/ui/shell/tray_icon.py" line="+58"/>
        <source>Open AcuPress</source>
        <translation>打开 AcuPress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start routine</source>
        <translation>开始按压流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>VisitorBar</name>
    <message>
        <location filename="../../acupress_gui/ui/kiosk/visitor_bar.py" line="+68"/>
        <source>Sheet to take home</source>
        <translation>带回家的说明页</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translation>结束</translation>
    </message>
</context>
<context>
    <name>VisitorView</name>
    <message>
        <location filename="../../acupress_gui/ui/visitor/visitor_view.py" line="+241"/>
        <source>Points</source>
        <translation>穴位</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole body</source>
        <translation>全身</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom to point</source>
        <translation>放大到穴位</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+12"/>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>POINTS</source>
        <translation>穴位</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+227"/>
        <source>Start routine</source>
        <translation>开始按压流程</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Choose points…</source>
        <translation>选择穴位…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>That is a lot of pain. Press gently or not at all today, and check the signs that mean you should see a doctor.</source>
        <translation>您的疼痛相当严重。今天请轻轻按压，或者不要按压，并看看哪些征兆意味着您应该看医生。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When to see a doctor</source>
        <translation>何时需要看医生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It is one of your reminder times. Start a routine below when you are ready.</source>
        <translation>现在是您设定的提醒时间之一。准备好后，请在下方开始按压流程。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Your sheet is printing</source>
        <translation>您的说明页正在打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect your printed sheet at the desk.</source>
        <translation>请到前台领取打印好的说明页。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A sheet to take home</source>
        <translation>可以带回家的说明页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask at the desk for a printed sheet of these points.</source>
        <translation>请到前台索取这些穴位的打印说明页。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use this routine</source>
        <translation>使用这个按压流程</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No points to press</source>
        <translation>没有可以按压的穴位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every point chosen for your routine is one to avoid in pregnancy. Choose other points under Routine, Choose points.</source>
        <translation>您为按压流程选择的穴位都是孕期应避免按压的。请在“按压流程”菜单的“选择穴位”中选择其他穴位。</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Holds not saved yet: %n. Kept while AcuPress is open and saved as soon as possible. ({problem})</source>
        <translation>
            <numerusform>尚未保存的按压记录：%n 条。AcuPress 打开期间会保留这些记录，并尽快保存。（{problem}）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your pain ratings are not saved yet. They are kept while AcuPress is open and saved as soon as possible. ({problem})</source>
        <translation>您的疼痛评分还没有保存。AcuPress 打开期间会保留这些评分，并尽快保存。（{problem}）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your history can be read, but new holds cannot be saved to it. ({problem})</source>
        <translation>您的历史记录可以查看，但新的按压无法保存进去。（{problem}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your history file went missing</source>
        <translation>您的历史记录文件不见了</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your choices are kept until AcuPress closes, but they could not be saved for next time. ({problem})</source>
        <translation>在 AcuPress 关闭之前，您的选择会一直保留，但无法保存到下次使用。（{problem}）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stop the hold?</source>
        <translation>停止这次按压？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hold of {title} is still running. Stop it?</source>
        <translation>{title}的按压还在进行中。要停止吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the hold</source>
        <translation>停止按压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep holding</source>
        <translation>继续按压</translation>
    </message>
</context>
<context>
    <name>WelcomeCard</name>
    <message>
        <location filename="../../acupress_gui/ui/kiosk/welcome_card.py" line="+14"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>没有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tap your answer to go on.</source>
        <translation>点一下您的回答，即可继续。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;p&gt;AcuPress shows you how to press acupressure points for neck and back pain. It is self-care, not a diagnosis or a treatment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;AcuPress 教您如何按压缓解颈部和背部疼痛的穴位。这是自我保健，不是诊断，也不是治疗。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;Get help now: tell the staff or call your emergency number&lt;/h3&gt;&lt;p&gt;if your pain began after a fall, an accident or a blow, or comes with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;numbness, tingling or weakness in your arms or legs, or unsteady walking&lt;/li&gt;&lt;li&gt;numb skin between your legs, or trouble passing or holding urine or stools&lt;/li&gt;&lt;li&gt;chest pain, or trouble speaking, swallowing or seeing&lt;/li&gt;&lt;li&gt;sudden dizziness or fainting&lt;/li&gt;&lt;li&gt;a stiff neck with a fever and a headache&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;请立即求助：告诉工作人员，或拨打急救电话&lt;/h3&gt;&lt;p&gt;如果您的疼痛是在摔倒、事故或受到撞击之后开始的，或者伴有以下情况：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;手臂或腿部麻木、有麻刺感或无力，或走路不稳&lt;/li&gt;&lt;li&gt;两腿之间的皮肤麻木，或排尿、排便困难，或憋不住大小便&lt;/li&gt;&lt;li&gt;胸痛，或说话、吞咽、看东西有困难&lt;/li&gt;&lt;li&gt;突然头晕或晕倒&lt;/li&gt;&lt;li&gt;颈部僵硬，同时发烧和头痛&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;h3&gt;See a doctor today&lt;/h3&gt;&lt;p&gt;if you have a fever or feel unwell, if the pain keeps getting worse or is worse at night, if you are losing weight without knowing why, or if you have had cancer or have a weakened immune system.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;请当天看医生&lt;/h3&gt;&lt;p&gt;如果您发烧或感到不舒服，疼痛不断加重或在夜间更严重，体重原因不明地下降，或者以前得过癌症或免疫力低下。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;b&gt;Not sure? Ask the staff before you press.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;拿不准？按压之前请先询问工作人员。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <location filename="../../acupress_gui/ui/common/advice.py" line="+13"/>
        <source>You can reach these points yourself, with your own hands.</source>
        <translation>这些穴位您可以用自己的手按到。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Easiest lying or leaning on a ball, or with someone&apos;s help.</source>
        <translation>最容易的方法是躺着或靠在球上按压，或者请别人帮忙。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These points need someone else to press them for you.</source>
        <translation>这些穴位需要别人帮您按压。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Avoid these points if you are pregnant or might be pregnant.</source>
        <translation>如果您怀孕或可能怀孕，请避免按压这些穴位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you are pregnant, ask your midwife or doctor first, and use only gentle pressure.</source>
        <translation>如果您怀孕了，请先咨询您的助产士或医生，并且只用轻柔的力度按压。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not press on broken or irritated skin, bruises, fresh scars, swelling or varicose veins, over a bone that may be broken, or near a recent injury or operation. With blood thinners, a bleeding disorder, osteoporosis or cancer in the area, use only gentle pressure or ask a clinician first.</source>
        <translation>不要在破损或受刺激的皮肤、瘀伤、新的伤疤、肿胀或静脉曲张处按压，不要按压可能骨折的骨头，也不要在最近受伤或做过手术的部位附近按压。如果您在服用抗凝血药物、有出血性疾病、骨质疏松，或该部位有癌症，请只用轻柔的力度按压，或先咨询医务人员。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../acupress_gui/app.py" line="+97"/>
        <source>The point catalog cannot be used</source>
        <translation>穴位目录无法使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AcuPress could not open its point catalog, so it will close. Nothing of yours was changed.

{error}</source>
        <translation>AcuPress 无法打开它的穴位目录，因此将会关闭。您的任何内容都没有被更改。

{error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your settings could not be read</source>
        <translation>无法读取您的设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your settings file {path} could not be used as it was: {reason}. AcuPress started from its usual settings.</source>
        <translation>您的设置文件 {path} 无法按原样使用：{reason}。AcuPress 已使用默认设置启动。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your history file could not be read</source>
        <translation>无法读取您的历史记录文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file {original} could not be used. {reason} AcuPress started a new one; the old file was kept, unchanged, as {moved_to}.</source>
        <translation>历史记录文件 {original} 无法使用。{reason} AcuPress 已新建了一个文件；旧文件原样保留，保存为 {moved_to}。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Some saved holds could not be read back</source>
        <translation>有些已保存的按压记录无法读取</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>AcuPress keeps its files beside it, in {folder} (portable.txt), but that folder cannot be written: {reason}. Your history can be read, but nothing new will be saved. To save, copy AcuPress to a drive that can be written, or remove portable.txt to keep your files in your user folders.</source>
        <translation>AcuPress 把文件保存在程序旁边的 {folder} 中（portable.txt），但这个文件夹无法写入：{reason}。您的历史记录可以查看，但不会保存任何新内容。如需保存，请把 AcuPress 复制到可以写入的磁盘上，或者删除 portable.txt，让文件保存在您的用户文件夹中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing new will be saved</source>
        <translation>不会保存任何新内容</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>AcuPress is already running</source>
        <translation>AcuPress 已在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another copy of AcuPress is using {folder} but does not respond. Close it (or wait a moment) and try again.</source>
        <translation>另一个 AcuPress 正在使用 {folder}，但没有响应。请关闭它（或稍等片刻），然后再试一次。</translation>
    </message>
</context>
<context>
    <name>body</name>
    <message>
        <location filename="../../acupress_gui/core/body.py" line="+432"/>
        <source>The back of your right hand</source>
        <translation>您右手的手背</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The outer side of your right lower leg</source>
        <translation>您右小腿的外侧</translation>
    </message>
</context>
<context>
    <name>diagnostics</name>
    <message>
        <location filename="../../acupress_gui/bootstrap/diagnostics.py" line="+167"/>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AcuPress hit an unexpected problem and carried on. If something looks wrong, restart the app.

{message}</source>
        <translation>AcuPress 遇到了一个意外问题，但仍在继续运行。如果有什么看起来不对，请重新启动本程序。

{message}</translation>
    </message>
</context>
<context>
    <name>durations</name>
    <message>
        <location filename="../../acupress_gui/ui/common/durations.py" line="+21"/>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{m} min {s} s</source>
        <translation>{m} 分钟 {s} 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{m} min</source>
        <translation>{m} 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{s} s</source>
        <translation>{s} 秒</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../acupress_gui/core/export.py" line="+67"/>
        <source>The hold&apos;s number in your history.</source>
        <translation>这次按压在您历史记录中的编号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the hold started: the date and time in UTC, not your local time, written as 2025-03-01T09:30:00.000+00:00 (ISO 8601).</source>
        <translation>按压开始的时间：UTC 日期和时间（不是您当地的时间），写作 2025-03-01T09:30:00.000+00:00（ISO 8601）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you pressed, by the name the point catalog gives it (such as wind-pool).</source>
        <translation>您按压的是什么，用穴位目录为它取的英文名称表示（例如 wind-pool）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The points pressed, by their standard codes (such as GB20), with a space between.</source>
        <translation>按压的穴位，用标准代码表示（例如 GB20），代码之间用空格隔开。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The side of your body: “both”, “right” or “left”.</source>
        <extracomment>The words in quotes are the values in the file: they stay in English.</extracomment>
        <translation>身体的哪一侧：“both”（两侧）、“right”（右侧）或“left”（左侧）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which set of the hold it was: 1 for the first.</source>
        <translation>这是这次按压的第几组：1 表示第一组。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the hold was to last, in seconds.</source>
        <translation>这次按压原定的时长，以秒为单位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long you held, in seconds.</source>
        <translation>您实际按压的时长，以秒为单位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“yes” when you held for the whole time, else “no”.</source>
        <extracomment>The words in quotes are the values in the file: they stay in English.</extracomment>
        <translation>按满全部时长时为“yes”（是），否则为“no”（否）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sitting the hold was part of (a routine, or one press of Start): the holds of one sitting share it. Empty for holds saved before AcuPress kept sittings.</source>
        <translation>这次按压属于哪一次练习（一次按压流程，或点击一次“开始”）：同一次练习中的按压，这一列的值相同。AcuPress 开始记录练习之前保存的按压，这一列为空。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“routine” for a routine, “single” for one press of Start.</source>
        <extracomment>The words in quotes are the values in the file: they stay in English.</extracomment>
        <translation>按压流程为“routine”，点击一次“开始”为“single”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When that sitting started, in UTC, written as the hold&apos;s start is.</source>
        <translation>那次练习开始的时间，使用 UTC，写法与按压开始的时间相同。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pain you rated before the sitting, from 0 (no pain) to 10 (the worst pain you can imagine); empty when you did not rate it.</source>
        <translation>练习前您给疼痛打的分，从 0（不痛）到 10（能想象到的最剧烈疼痛）；没有打分时为空。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pain you rated after the sitting, on the same scale; empty when you did not rate it.</source>
        <translation>练习后您给疼痛打的分，使用同样的评分标准；没有打分时为空。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the hold ended: “completed”, “stopped” (stopped early), “skipped” (in a routine) or “quit” (AcuPress was closed).</source>
        <extracomment>The words in quotes are the values in the file: they stay in English.</extracomment>
        <translation>按压是如何结束的：“completed”（已完成）、“stopped”（提前停止）、“skipped”（在按压流程中跳过）或“quit”（AcuPress 被关闭）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For a row of spots pressed one after the other, which spot it was (1 for the first); empty when the hold pressed them all.</source>
        <translation>几个按压点逐个依次按时，这是第几个按压点（1 表示第一个）；所有按压点同时按时为空。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{path} is one of AcuPress&apos;s own files, so the history was not written there. Choose another file name.</source>
        <translation>{path} 是 AcuPress 自己的文件之一，所以历史记录没有写入那里。请换一个文件名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is one of AcuPress&apos;s own files, so the handout was not written there. Choose another file name.</source>
        <translation>{path} 是 AcuPress 自己的文件之一，所以说明页没有写入那里。请换一个文件名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is one of AcuPress&apos;s own files, so the counts were not written there.</source>
        <translation>{path} 是 AcuPress 自己的文件之一，所以计数没有写入那里。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history could not be written to {path}.</source>
        <translation>无法把历史记录写入 {path}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handout could not be written to {path}.</source>
        <translation>无法把说明页写入 {path}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The counts could not be written to {path}.</source>
        <translation>无法把计数写入 {path}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history could not be written to {path}: {reason}.</source>
        <translation>无法把历史记录写入 {path}：{reason}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handout could not be written to {path}: {reason}.</source>
        <translation>无法把说明页写入 {path}：{reason}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The counts could not be written to {path}: {reason}.</source>
        <translation>无法把计数写入 {path}：{reason}。</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>{path} is a folder. Choose a file name inside it.</source>
        <translation>{path} 是一个文件夹。请在这个文件夹里选择一个文件名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not an ordinary file, so it cannot be replaced.</source>
        <translation>{path} 不是普通文件，所以无法替换它。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder {folder} is a file, not a folder, so {path} cannot be written.</source>
        <translation>{folder} 是一个文件，而不是文件夹，所以无法写入 {path}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder {folder} does not exist, so {path} cannot be written.</source>
        <translation>文件夹 {folder} 不存在，所以无法写入 {path}。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>AcuPress is not allowed to write there</source>
        <translation>AcuPress 没有在那里写入的权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that disk is read-only</source>
        <translation>那个磁盘是只读的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of that path is a file, not a folder</source>
        <translation>这个路径中有一部分是文件，而不是文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its folder does not exist</source>
        <translation>它所在的文件夹不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is too long</source>
        <translation>名称太长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a link that leads back to itself</source>
        <translation>它是一个指向自身的链接</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <location filename="../../acupress_gui/ui/handout/handout_figure.py" line="+360"/>
        <source>{view}. Press the points on both sides of your body.</source>
        <translation>{view}。请按压您身体两侧的这些穴位。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../acupress_gui/ui/handout/handout_pages.py" line="+175"/>
        <source>{title} does not fit on {pages} pages, even in small print. Print fewer points at a time.</source>
        <translation>{title}即使用小字打印，也无法放进 {pages} 页。请每次少打印一些穴位。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>无法打开打印机或文件进行绘制。</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Stop pressing and get help if you have any sign under “When to get help” on page {page}.</source>
        <translation>如果您有第 {page} 页“何时需要求助”中的任何征兆，请停止按压并寻求帮助。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>See a doctor first</source>
        <translation>请先看医生</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How to find it</source>
        <translation>如何找到它</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to press</source>
        <translation>如何按压</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Take care</source>
        <translation>请注意</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take care with {title}</source>
        <translation>按压{title}时请注意</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the studies say</source>
        <translation>研究怎么说</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>When to get help</source>
        <translation>何时需要求助</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Call your emergency number now (999 in the UK), or go to an emergency department, if your pain comes with a sign under “Now”. See a doctor the same day (in the UK you can also call 111) for a sign under “Today”.</source>
        <translation>如果您的疼痛伴有“立即”下列出的任何征兆，请立即拨打急救电话（英国为 999），或前往急诊科。如果伴有“今天”下列出的征兆，请当天看医生（在英国，也可以拨打 111）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where these points come from</source>
        <translation>这些穴位的来源</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Left out because you are or may be pregnant: {titles}.</source>
        <translation>因为您已怀孕或可能怀孕，已略去：{titles}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With every point</source>
        <translation>适用于所有穴位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neck pain</source>
        <translation>颈痛</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back pain</source>
        <translation>腰背痛</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now: call your emergency number</source>
        <translation>立即：拨打急救电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today: see a doctor</source>
        <translation>今天：看医生</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Self-care guidance from AcuPress: not a diagnosis or a treatment.</source>
        <translation>AcuPress 提供的自我保健指导：不是诊断，也不是治疗。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page {number} of {total}</source>
        <translation>第 {number} 页，共 {total} 页</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分钟 {seconds} 秒</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hold for {length} on your right side, then {length} on your left.</source>
        <translation>先在您的右侧按压 {length}，再在您的左侧按压 {length}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold for {length}, both sides at once.</source>
        <translation>两侧同时按压 {length}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold for {length}.</source>
        <translation>按压 {length}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do this {n} times, resting a little in between.</source>
        <translation>重复 {n} 次，每次之间稍作休息。</translation>
    </message>
    <message>
        <location filename="../../acupress_gui/core/handout.py" line="+191"/>
        <source>The routine “{title}” has no points to print.</source>
        <translation>按压流程“{title}”中没有可以打印的穴位。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Your routine</source>
        <translation>您的按压流程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your points</source>
        <translation>您的穴位</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Every point of “{title}” is one to avoid in pregnancy, so there is nothing to print.</source>
        <translation>“{title}”中的每个穴位都是孕期应避免按压的，所以没有可以打印的内容。</translation>
    </message>
</context>
<context>
    <name>handout_counts</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/handout/handout_pages.py" line="-317"/>
        <source>%n point(s), in this order.</source>
        <translation>
            <numerusform>%n 个穴位，按以下顺序。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>About %n minute(s) in all.</source>
        <translation>
            <numerusform>总共约 %n 分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+296"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../acupress_gui/core/history.py" line="+113"/>
        <location line="+12"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the file or its folder is read-only</source>
        <translation>文件或其所在的文件夹是只读的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be opened or created there</source>
        <translation>无法在那里打开或创建这个文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+1"/>
        <source>permission is denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+1"/>
        <source>another program is using it</source>
        <translation>另一个程序正在使用它</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>the disk reported a read or write error</source>
        <translation>磁盘报告了读写错误</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not a history AcuPress can read</source>
        <translation>这个文件不是 AcuPress 能读取的历史记录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its folder does not exist</source>
        <translation>它所在的文件夹不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a file stands where its folder should be</source>
        <translation>本应是它所在文件夹的位置上有一个文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of a problem with the file that AcuPress cannot name (details are in the log)</source>
        <translation>文件出现了 AcuPress 无法具体说明的问题（详细信息见日志）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is not a history file AcuPress can read.</source>
        <translation>它不是 AcuPress 能读取的历史记录文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is shorter than it should be: part of it is missing.</source>
        <translation>它比应有的长度短：有一部分内容缺失了。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is damaged: its integrity check found errors.</source>
        <translation>它已损坏：完整性检查发现了错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It belongs to another application.</source>
        <translation>它属于另一个应用程序。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is empty, but the journal beside it holds data.</source>
        <translation>它是空的，但它旁边的暂存文件中有数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is missing, but the journal beside it holds data.</source>
        <translation>它不见了，但它旁边的暂存文件中有数据。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The session history {path} cannot be opened because {why}.</source>
        <translation>无法打开历史记录文件 {path}，因为{why}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session history {path} cannot be updated to this version&apos;s format because {why}.</source>
        <translation>无法把历史记录文件 {path} 更新为此版本的格式，因为{why}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The session history {path} cannot be saved because {why}.</source>
        <translation>无法保存到历史记录文件 {path}，因为{why}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session history {path} cannot be saved: the file or its folder is read-only.</source>
        <translation>无法保存到历史记录文件 {path}：文件或其所在的文件夹是只读的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session history {path} cannot be saved: it is closed, or it was deleted and a new file could not be made.</source>
        <translation>无法保存到历史记录文件 {path}：它已关闭，或者它已被删除而且无法新建文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The session history {path} cannot be read because {why}.</source>
        <translation>无法读取历史记录文件 {path}，因为{why}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session history {path} cannot be read: it is closed, or it was deleted and a new file could not be made.</source>
        <translation>无法读取历史记录文件 {path}：它已关闭，或者它已被删除而且无法新建文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The session history {path} cannot be changed because {why}.</source>
        <translation>无法修改历史记录文件 {path}，因为{why}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session history {path} cannot be changed: the file or its folder is read-only.</source>
        <translation>无法修改历史记录文件 {path}：文件或其所在的文件夹是只读的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session history {path} cannot be changed: it is closed, or it was deleted and a new file could not be made.</source>
        <translation>无法修改历史记录文件 {path}：它已关闭，或者它已被删除而且无法新建文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The session history {path} cannot be cleared because {why}.</source>
        <translation>无法清除历史记录文件 {path}，因为{why}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session history {path} cannot be cleared: the file or its folder is read-only.</source>
        <translation>无法清除历史记录文件 {path}：文件或其所在的文件夹是只读的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session history {path} cannot be cleared: it is closed, or it was deleted and a new file could not be made.</source>
        <translation>无法清除历史记录文件 {path}：它已关闭，或者它已被删除而且无法新建文件。</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>The session history {path} can only be read: the file or its folder is read-only, so new holds cannot be saved there.</source>
        <translation>历史记录文件 {path} 只能读取：文件或其所在的文件夹是只读的，所以新的按压无法保存到那里。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The session history {path} cannot be updated to this version&apos;s format because the file or its folder is read-only.</source>
        <translation>无法把历史记录文件 {path} 更新为此版本的格式，因为文件或其所在的文件夹是只读的。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The session history {path} was deleted while AcuPress was running. The holds saved in it before are gone; new holds are saved in a new file.</source>
        <translation>历史记录文件 {path} 在 AcuPress 运行期间被删除了。之前保存在里面的按压记录已经没有了；新的按压会保存到一个新文件中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The session history {path} was replaced by another file while AcuPress was running. The holds saved in it before are gone; new holds are saved in a new file.</source>
        <translation>历史记录文件 {path} 在 AcuPress 运行期间被另一个文件替换了。之前保存在里面的按压记录已经没有了；新的按压会保存到一个新文件中。</translation>
    </message>
    <message>
        <location line="+370"/>
        <source>Some holds saved in the history&apos;s journal could not be read back: the journal is damaged, and it could not be copied aside. Those holds are missing.</source>
        <translation>历史记录的暂存文件中保存的一些按压记录无法读回：暂存文件已损坏，而且无法另外复制一份。这些按压记录缺失了。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some holds saved in the history&apos;s journal could not be read back because the journal is damaged. A copy of it was kept, unchanged, as {copy}.</source>
        <translation>历史记录的暂存文件中保存的一些按压记录无法读回，因为暂存文件已损坏。它已原样复制一份，保存为 {copy}。</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>The session history {path} was written by a newer version of AcuPress (format {version}; this version knows up to {newest}). It was left untouched: update AcuPress to see it and to save new sessions.</source>
        <translation>历史记录文件 {path} 是由较新版本的 AcuPress 写入的（格式 {version}；此版本最高只认识格式 {newest}）。这个文件没有被改动：请更新 AcuPress，才能查看它并保存新的练习。</translation>
    </message>
</context>
<context>
    <name>map_layout</name>
    <message>
        <location filename="../../acupress_gui/ui/map/map_layout.py" line="+109"/>
        <source>Back of
the hand</source>
        <translation>手部
背面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outer side
of the leg</source>
        <translation>腿部
外侧</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Neck and shoulders</source>
        <translation>颈部和肩部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper back</source>
        <translation>上背部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower back</source>
        <translation>腰部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buttock and sciatica</source>
        <translation>臀部坐骨神经痛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legs</source>
        <translation>腿部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand</source>
        <translation>手部</translation>
    </message>
</context>
<context>
    <name>red_flags</name>
    <message>
        <location filename="../../acupress_gui/core/red_flags.py" line="+38"/>
        <source>pain high in your back, between your shoulder blades</source>
        <translation>背部上方疼痛，位于两块肩胛骨之间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pain that began after an injury, such as a fall, a car accident or a blow</source>
        <translation>在受伤（例如摔倒、车祸或受到撞击）之后开始的疼痛</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>numbness, tingling or weakness in your arms or legs that is new or spreading</source>
        <translation>手臂或腿部麻木、有麻刺感或无力，而且是新出现的或正在扩散</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hands that have become clumsy, or walking that has become unsteady</source>
        <translation>双手变得笨拙，或走路变得不稳</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trouble speaking, swallowing or seeing (for example seeing double)</source>
        <translation>说话、吞咽或看东西有困难（例如看东西有重影）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sudden, severe dizziness, or fainting</source>
        <translation>突然出现严重头晕，或晕倒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a stiff neck together with a fever and a headache, a rash, or eyes that cannot bear bright light</source>
        <translation>颈部僵硬，同时伴有发烧和头痛、皮疹，或眼睛受不了强光</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a fever, or feeling generally unwell</source>
        <translation>发烧，或感到全身不舒服</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain that keeps getting worse over several weeks, or weight loss you cannot explain</source>
        <translation>几周以来不断加重的疼痛，或原因不明的体重下降</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancer in the past, inflammatory arthritis (such as rheumatoid arthritis), tuberculosis or a weakened immune system</source>
        <translation>以前得过癌症，或有炎症性关节炎（例如类风湿关节炎）、结核病或免疫力低下</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an operation on your neck in the past</source>
        <translation>以前做过颈部手术</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>numb or tingling skin between your legs: around your genitals, bottom or inner thighs, where a saddle would touch</source>
        <translation>两腿之间的皮肤麻木或有麻刺感：在生殖器、臀部或大腿内侧周围，也就是骑坐在马鞍上时会碰到马鞍的部位</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>trouble starting to pass urine, or not being able to</source>
        <translation>很难开始排尿，或无法排尿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>losing control of your bladder or bowels, or not feeling when they are full</source>
        <translation>无法控制小便或大便，或者膀胱、肠道满了也感觉不到</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new trouble getting or keeping an erection or ejaculating, or less feeling in your genitals during sex</source>
        <translation>新出现难以勃起、难以维持勃起或难以射精的情况，或者性生活时生殖器的感觉变弱</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pain, tingling, weakness or numbness in both legs, or legs that feel unsteady when you walk</source>
        <translation>两条腿都有疼痛、麻刺感、无力或麻木，或者走路时感觉腿不稳</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chest pain</source>
        <translation>胸痛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain that began after a serious fall or accident</source>
        <translation>在严重摔倒或事故之后开始的疼痛</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a fever, or feeling hot and shivery</source>
        <translation>发烧，或感觉身上发热并打寒战</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight loss you cannot explain</source>
        <translation>原因不明的体重下降</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a lump, or a change in the shape of your back</source>
        <translation>出现肿块，或背部的形状发生变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain that is worse at night, or that resting or changing position does not ease</source>
        <translation>夜间加重的疼痛，或休息、变换姿势都不能缓解的疼痛</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pain that gets worse when you cough, sneeze or strain on the toilet</source>
        <translation>咳嗽、打喷嚏或上厕所用力时加重的疼痛</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancer in the past</source>
        <translation>以前得过癌症</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a weakened immune system (for example from chemotherapy or long-term steroids), or injecting drugs</source>
        <translation>免疫力低下（例如因为化疗或长期使用类固醇），或注射毒品</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a fall or strain, even a small one, when you have weak bones (osteoporosis) or take steroids long-term</source>
        <translation>在骨质疏松（骨头脆弱）或长期使用类固醇的情况下摔倒或拉伤，即使很轻微</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>back pain for the first time when you are under 20 or over 50</source>
        <translation>未满 20 岁或超过 50 岁时第一次出现腰背痛</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New or unexplained pain between your shoulder blades, or pain there at night, needs a doctor&apos;s opinion before you press anything here. With chest pain or breathlessness, call your emergency number now. Help ▸ When to see a doctor lists every sign.</source>
        <translation>两块肩胛骨之间新出现的或原因不明的疼痛，或者那里在夜间疼痛，都需要先听取医生的意见，然后才能按压这里的任何部位。如果伴有胸痛或气短，请立即拨打急救电话。“帮助 ▸ 何时需要看医生”列出了所有征兆。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New or unexplained pain between your shoulder blades, or pain there at night, needs a doctor&apos;s opinion before you press anything here. With chest pain or breathlessness, tell the staff at once or call your emergency number.</source>
        <translation>两块肩胛骨之间新出现的或原因不明的疼痛，或者那里在夜间疼痛，都需要先听取医生的意见，然后才能按压这里的任何部位。如果伴有胸痛或气短，请立即告诉工作人员，或拨打急救电话。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New or unexplained pain between your shoulder blades, or pain there at night, needs a doctor&apos;s opinion before you press anything here. With chest pain or breathlessness, call your emergency number now. “When to get help”, on this sheet, lists every sign.</source>
        <translation>两块肩胛骨之间新出现的或原因不明的疼痛，或者那里在夜间疼痛，都需要先听取医生的意见，然后才能按压这里的任何部位。如果伴有胸痛或气短，请立即拨打急救电话。本页的“何时需要求助”列出了所有征兆。</translation>
    </message>
</context>
<context>
    <name>sentences</name>
    <message>
        <location filename="../../acupress_gui/ui/common/sentences.py" line="+19"/>
        <source>{first} {then}</source>
        <extracomment>Two whole sentences one after the other: {first} already ends with its full stop. Write what your language puts between sentences (nothing in Chinese).</extracomment>
        <translation>{first}{then}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../acupress_gui/core/settings.py" line="+114"/>
        <source>it could not be read ({why})</source>
        <translation>无法读取它（{why}）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it was written by a newer version of AcuPress</source>
        <translation>它是由较新版本的 AcuPress 写入的</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>some of its values could not be used and were reset to their defaults</source>
        <translation>其中有些值无法使用，已恢复为默认值</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>AcuPress does not save its settings to {path}: {refusal}.</source>
        <translation>AcuPress 不会把设置保存到 {path}：{refusal}。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>AcuPress could not save its settings in {folder}: {why}.</source>
        <translation>AcuPress 无法把设置保存到 {folder} 中：{why}。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{reason}, and it could not be kept aside ({why})</source>
        <translation>{reason}，而且无法把它另外保存起来（{why}）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it is not readable text</source>
        <translation>它不是可读的文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>it is nested too deeply to be settings</source>
        <translation>它的嵌套层次太深，不可能是设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is cut short or garbled</source>
        <translation>它不完整或内容已错乱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not hold settings</source>
        <translation>它里面没有设置</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>its version number is not one AcuPress writes</source>
        <translation>它的版本号不是 AcuPress 会写入的</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder is read-only</source>
        <translation>文件夹是只读的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AcuPress is not allowed to write or read there</source>
        <translation>AcuPress 没有在那里读写的权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk reported a problem</source>
        <translation>磁盘报告了一个问题</translation>
    </message>
</context>
</TS>
