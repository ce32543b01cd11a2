<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../acupress_gui/ui/shell/about_dialog.py" line="+46"/>
        <source>About AcuPress</source>
        <translation>Acerca de AcuPress</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Self-care guidance, not a diagnosis or a treatment. Point locations follow the WHO standard (2008); all text is our own. AcuPress never uses the network: everything it keeps stays in the files below.</source>
        <translation>Guía de autocuidado, no un diagnóstico ni un tratamiento. La ubicación de los puntos sigue el estándar de la OMS (2008); todos los textos son nuestros. AcuPress nunca usa la red: todo lo que guarda se queda en los archivos de abajo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your files</source>
        <translation>Sus archivos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licences</source>
        <translation>Licencias</translation>
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
        <translation>Licencia MIT</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Qt {qt} and PySide6 {pyside}</source>
        <translation>Qt {qt} y PySide6 {pyside}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GNU LGPL version 3</source>
        <translation>GNU LGPL versión 3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BSD 3-clause licence</source>
        <translation>Licencia BSD de 3 cláusulas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Guided self-acupressure for back and neck pain</source>
        <translation>Autoacupresión guiada para el dolor de espalda y de cuello</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Copy the path of: {name}</source>
        <translation>Copiar la ruta de: {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../acupress_gui/ui/kiosk/attract_screen.py" line="+34"/>
        <source>Touch to start</source>
        <translation>Toque para empezar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find acupressure points for your neck and back, and try a guided hold. Nothing you do here is kept.</source>
        <translation>Encuentre puntos de acupresión para el cuello y la espalda, y pruebe una presión guiada. Nada de lo que haga aquí se guarda.</translation>
    </message>
</context>
<context>
    <name>BodyMapView</name>
    <message>
        <location filename="../../acupress_gui/ui/map/body_map_view.py" line="+221"/>
        <source>Body map, seen from behind</source>
        <translation>Mapa del cuerpo, visto de espaldas</translation>
    </message>
    <message>
        <location line="+883"/>
        <source>Go to the nearest point that way</source>
        <translation>Ir al punto más cercano por ese lado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go to the first or the last point of the list</source>
        <translation>Ir al primero o al último de la lista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom to the chosen point</source>
        <translation>Acercar al punto elegido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom in or out</source>
        <translation>Acercar o alejar</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Acupressure points on the back of the body, grouped by region. The arrow keys go to the nearest point in their direction, Home and End to the first and the last point, Enter zooms to the chosen point, plus and minus zoom in and out.</source>
        <translation>Puntos de acupresión de la parte de atrás del cuerpo, agrupados por zonas. Las teclas de flecha van al punto más cercano en su dirección; Inicio y Fin, al primer y al último punto; Intro acerca al punto elegido, y más y menos acercan y alejan.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Chosen: {title}, %n point(s): {codes}.</source>
        <extracomment>What a screen reader hears of the chosen entry, such as &quot;Chosen: Sea of Vitality, 2 points: BL23 + BL52.&quot;: {title} is its name, {codes} its points&apos; codes.</extracomment>
        <translation>
            <numerusform>Elegido: {title}, %n punto: {codes}.</numerusform>
            <numerusform>Elegido: {title}, %n puntos: {codes}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{chosen} {keys}</source>
        <translation>{chosen} {keys}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{title} ({code})</source>
        <translation>{title} ({code})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your right</source>
        <translation>su lado derecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your left</source>
        <translation>su lado izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} ({code}, {side})</source>
        <translation>{title} ({code}, {side})</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Your left</source>
        <extracomment>Beside the figure, which is the back of a body seen from behind: this side is the person&apos;s own left (and the viewer&apos;s left too).</extracomment>
        <translation>Su izquierda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your right</source>
        <extracomment>Beside the figure, seen from behind: the person&apos;s own right.</extracomment>
        <translation>Su derecha</translation>
    </message>
</context>
<context>
    <name>ComplaintChips</name>
    <message>
        <location filename="../../acupress_gui/ui/map/complaint_chips.py" line="+15"/>
        <source>Neck pain</source>
        <translation>Dolor de cuello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stiff neck</source>
        <translation>Cuello rígido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper-back tension</source>
        <translation>Tensión en la espalda alta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low back pain</source>
        <translation>Dolor lumbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sciatica</source>
        <translation>Ciática</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>neck pain</source>
        <extracomment>The complaint&apos;s name inside a sentence, such as &quot;Show points for neck pain&quot;.</extracomment>
        <translation>el dolor de cuello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stiff neck</source>
        <translation>el cuello rígido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upper-back tension</source>
        <translation>la tensión en la espalda alta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>low back pain</source>
        <translation>el dolor lumbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sciatica</source>
        <translation>la ciática</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What hurts?</source>
        <translation>¿Qué le duele?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show all points</source>
        <translation>Mostrar todos los puntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show points for {complaint}</source>
        <translation>Mostrar los puntos para {complaint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Narrows the map and the list of points. The arrow keys move between the choices.</source>
        <translation>Filtra el mapa y la lista de puntos. Las teclas de flecha pasan de una opción a otra.</translation>
    </message>
</context>
<context>
    <name>DesktopWindow</name>
    <message>
        <location filename="../../acupress_gui/ui/shell/desktop_window.py" line="+201"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export history…</source>
        <translation>&amp;Exportar historial…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print / Save as PDF…</source>
        <translation>&amp;Imprimir / Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Insights</source>
        <translation>&amp;Evolución</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reduce motion</source>
        <translation>&amp;Reducir movimiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sound and speech…</source>
        <translation>&amp;Sonido y voz…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Routine</source>
        <translation>&amp;Rutina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start routine</source>
        <translation>&amp;Empezar rutina</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose points…</source>
        <translation>Elegir &amp;puntos…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;minders…</source>
        <translation>&amp;Recordatorios…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;When to see a doctor</source>
        <translation>&amp;Cuándo ir al médico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reading your pain trend</source>
        <translation>Cómo &amp;leer la tendencia de su dolor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the e&amp;xported history holds</source>
        <translation>Qué contiene el historial e&amp;xportado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About AcuPress</source>
        <translation>&amp;Acerca de AcuPress</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language can be changed once the hold or routine ends</source>
        <translation>El idioma se podrá cambiar cuando termine la presión o la rutina</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the &amp;system ({language})</source>
        <translation>Idioma del &amp;sistema ({language})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{language} — needs a Chinese font</source>
        <translation>{language} — necesita una fuente con caracteres chinos</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Th&amp;eme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow the &amp;system</source>
        <translation>Tema del &amp;sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{n} %</source>
        <translation>{n}&#xa0;%</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>History not available</source>
        <translation>Historial no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file cannot be read right now: {problem}</source>
        <translation>Ahora mismo no se puede leer el archivo de historial: {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history was not exported. {reason}</source>
        <translation>No se exportó el historial. {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History exported</source>
        <translation>Historial exportado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved to {path}. Holds exported: %n.</source>
        <translation>
            <numerusform>Guardado en {path}. Presión exportada: %n.</numerusform>
            <numerusform>Guardado en {path}. Presiones exportadas: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Time for a routine</source>
        <translation>Es hora de una rutina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open AcuPress whenever you are ready.</source>
        <translation>Abra AcuPress cuando quiera.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading your pain trend</source>
        <translation>Cómo leer la tendencia de su dolor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Before and after a routine or a hold you can rate your pain from 0 (no pain) to 10 (the worst pain you can imagine). One rating moves with sleep, weather and mood, so the trend compares weeks, not single days.&lt;/p&gt;&lt;p&gt;AcuPress takes the middle value (the median) of the ratings you gave &lt;i&gt;before&lt;/i&gt; sessions in your first week, Monday to Sunday, and in the last 7 days. It calls the change meaningful when pain dropped by at least 2 points or by at least 30%. In a pooled analysis of 10 trials (2,724 people with long-lasting pain; Farrar and colleagues, &lt;i&gt;Pain&lt;/i&gt;, 2001), a drop of about that size best matched people saying they felt much improved, and higher starting pain needed a larger drop in points, so the 30% form is the more general one. For low back pain, an international consensus proposed the same 2 points or 30% as the smallest change that matters (Ostelo and colleagues, &lt;i&gt;Spine&lt;/i&gt;, 2008). If your first week was at 0 there was nothing to reduce, so no label is given.&lt;/p&gt;&lt;p&gt;This is a record for you and your doctor, not a diagnosis. Pain that keeps rising needs a doctor&apos;s eyes, not more pressing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Antes y después de una rutina o de una presión puede valorar su dolor de 0 (sin dolor) a 10 (el peor dolor que pueda imaginar). Una sola valoración cambia con el sueño, el clima y el estado de ánimo, así que la tendencia compara semanas, no días sueltos.&lt;/p&gt;&lt;p&gt;AcuPress toma el valor central (la mediana) de las valoraciones que usted dio &lt;i&gt;antes&lt;/i&gt; de las sesiones en su primera semana, de lunes a domingo, y en los últimos 7 días. Considera que el cambio es relevante cuando el dolor bajó al menos 2 puntos o al menos un 30&#xa0;%. En un análisis conjunto de 10 ensayos (2724 personas con dolor de larga duración; Farrar y colaboradores, &lt;i&gt;Pain&lt;/i&gt;, 2001), una bajada de más o menos ese tamaño era la que mejor coincidía con que las personas dijeran sentirse mucho mejor, y con un dolor inicial más alto hacía falta una bajada mayor en puntos, así que la forma del 30&#xa0;% es la más general. Para el dolor lumbar, un consenso internacional propuso los mismos 2 puntos o 30&#xa0;% como el cambio más pequeño que importa (Ostelo y colaboradores, &lt;i&gt;Spine&lt;/i&gt;, 2008). Si su primera semana estuvo en 0, no había nada que reducir, así que no se da ninguna etiqueta.&lt;/p&gt;&lt;p&gt;Esto es un registro para usted y su médico, no un diagnóstico. Un dolor que sigue aumentando necesita que lo vea un médico, no presionar más.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What the exported history holds</source>
        <translation>Qué contiene el historial exportado</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&lt;p&gt;File ▸ Export history saves every hold in your history to a CSV file, which a spreadsheet opens: a row for each hold, oldest first, in these columns. Their names stay in English in every language.&lt;/p&gt;{columns}</source>
        <translation>&lt;p&gt;Archivo ▸ Exportar historial guarda todas las presiones de su historial en un archivo CSV, que se abre con una hoja de cálculo: una fila por presión, de la más antigua a la más reciente, con estas columnas. Sus nombres se quedan en inglés en todos los idiomas.&lt;/p&gt;{columns}</translation>
    </message>
</context>
<context>
    <name>DurationBox</name>
    <message>
        <location filename="../../acupress_gui/ui/common/duration_box.py" line="+37"/>
        <source>Type the length as 90, 1:30 or 2 min</source>
        <translation>Escriba la duración como 90, 1:30 o 2 min</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“{text}” is not a length of time. Type it as 90, 1:30 or 2 min.</source>
        <translation>“{text}” no es una duración. Escríbala como 90, 1:30 o 2 min.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shortest hold is {limit}, so {typed} became {limit}.</source>
        <translation>La presión más corta es de {limit}, así que {typed} pasó a {limit}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For minutes, type “{n} min”.</source>
        <translation>Para minutos, escriba “{n} min”.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The longest hold is {limit}, so {typed} became {limit}.</source>
        <translation>La presión más larga es de {limit}, así que {typed} pasó a {limit}.</translation>
    </message>
</context>
<context>
    <name>EntriesChart</name>
    <message>
        <location filename="../../acupress_gui/ui/insights/insights_charts.py" line="+501"/>
        <location line="+12"/>
        <source>No holds in these days yet.</source>
        <translation>Todavía no hay presiones en estos días.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title}: {minutes} min</source>
        <translation>{title}: {minutes} min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minutes pressed, longest first: {list}.</source>
        <translation>Minutos de presión, de más a menos: {list}.</translation>
    </message>
</context>
<context>
    <name>EntryFinder</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/map/entry_finder.py" line="+99"/>
        <source>%n of {total} shown</source>
        <translation>
            <numerusform>Se muestra %n de {total}</numerusform>
            <numerusform>Se muestran %n de {total}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No points for {complaint} here.</source>
        <translation>Aquí no hay puntos para {complaint}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing for {complaint} matches “{text}”.</source>
        <translation>Ningún punto para {complaint} coincide con “{text}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing matches “{text}”.</source>
        <translation>Nada coincide con “{text}”.</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/map/entry_list_model.py" line="+71"/>
        <source>{title}, %n point(s): {codes}</source>
        <extracomment>What a screen reader says on a row of the list of points, such as &quot;Sea of Vitality, 2 points: BL23 + BL52&quot;: {title} is its name, {codes} its points&apos; codes.</extracomment>
        <translation>
            <numerusform>{title}, %n punto: {codes}</numerusform>
            <numerusform>{title}, %n puntos: {codes}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{region}, heading</source>
        <extracomment>What a screen reader says on a region&apos;s heading in the list of points, such as &quot;Lower back, heading&quot;: {region} is the region&apos;s name; &quot;heading&quot; says it is a title over the points below it, not a point to choose.</extracomment>
        <translation>{region}, encabezado</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../acupress_gui/ui/common/error_dialog.py" line="+37"/>
        <source>Details were written to {path}</source>
        <translation>Los detalles se guardaron en {path}</translation>
    </message>
</context>
<context>
    <name>FirstRunNotice</name>
    <message>
        <location filename="../../acupress_gui/ui/common/first_run_notice.py" line="+33"/>
        <source>Welcome to AcuPress</source>
        <translation>Le damos la bienvenida a AcuPress</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../acupress_gui/ui/kiosk/welcome_card.py" line="+43"/>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>neck</source>
        <translation>cuello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back</source>
        <translation>espalda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Call your local emergency number&lt;/b&gt; (999 in the UK) or go to an emergency department if your {where} pain comes with:&lt;/p&gt;{emergency}&lt;p&gt;&lt;b&gt;See a doctor urgently, the same day&lt;/b&gt; (in the UK you can also call 111) if your {where} pain comes with:&lt;/p&gt;{same_day}</source>
        <translation>&lt;p&gt;&lt;b&gt;Llame a su número local de emergencias&lt;/b&gt; (999 en el Reino Unido) o vaya a un servicio de urgencias si su dolor de {where} se acompaña de:&lt;/p&gt;{emergency}&lt;p&gt;&lt;b&gt;Consulte a un médico con urgencia, el mismo día&lt;/b&gt; (en el Reino Unido también puede llamar al 111) si su dolor de {where} se acompaña de:&lt;/p&gt;{same_day}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;AcuPress shows you how to find and press acupressure points that are traditionally used for back and neck pain. It is self-care guidance: it does not diagnose anything and it is not a treatment.&lt;/p&gt;&lt;h3&gt;Neck pain&lt;/h3&gt;{neck}&lt;h3&gt;Back pain&lt;/h3&gt;{back}&lt;p&gt;Pain that is severe or lasts for weeks deserves a professional&apos;s opinion. Stop pressing if pain, numbness or dizziness grows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;AcuPress le muestra cómo encontrar y presionar puntos de acupresión que se usan tradicionalmente para el dolor de espalda y de cuello. Es una guía de autocuidado: no diagnostica nada y no es un tratamiento.&lt;/p&gt;&lt;h3&gt;Dolor de cuello&lt;/h3&gt;{neck}&lt;h3&gt;Dolor de espalda&lt;/h3&gt;{back}&lt;p&gt;El dolor intenso o que dura semanas merece la opinión de un profesional. Deje de presionar si aumentan el dolor, el entumecimiento o el mareo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../acupress_gui/ui/handout/handout_dialog.py" line="+67"/>
        <source>Print or save a handout</source>
        <translation>Imprimir o guardar una hoja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sheet to take home: the figure with the points marked, how to find and press each, its cautions and when to get help.</source>
        <translation>Una hoja para llevarse a casa: la figura con los puntos marcados, cómo encontrar y presionar cada uno, sus precauciones y cuándo buscar ayuda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to print</source>
        <translation>Qué imprimir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This point: {title}</source>
        <translation>Este punto: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The routine Start routine runs</source>
        <translation>La rutina de “Empezar rutina”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routine: {name}</source>
        <translation>Rutina: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter (US)</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print:</source>
        <translation>Imprimir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save the handout</source>
        <translation>Guardar la hoja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Handout saved</source>
        <translation>Hoja guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to {path}.</source>
        <translation>Guardada en {path}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Print from your PDF viewer</source>
        <translation>Imprima desde su visor de PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AcuPress cannot reach a printer itself, so the handout opened in your PDF viewer: print it from there. It is saved as {path}.</source>
        <translation>AcuPress no puede usar una impresora por sí mismo, así que la hoja se abrió en su visor de PDF: imprímala desde ahí. Está guardada como {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No printer found</source>
        <translation>No se encontró ninguna impresora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AcuPress found no printer and no program to open the handout with. It is saved as {path}: print it from any program that opens PDF files.</source>
        <translation>AcuPress no encontró ninguna impresora ni ningún programa para abrir la hoja. Está guardada como {path}: imprímala desde cualquier programa que abra archivos PDF.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The handout was not made</source>
        <translation>No se pudo crear la hoja</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../acupress_gui/ui/history/history_panel.py" line="+54"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your sessions</source>
        <translation>Sus sesiones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold deleted.</source>
        <translation>Presión eliminada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved holds, newest first</source>
        <translation>Presiones guardadas, las más recientes primero</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all…</source>
        <translation>Borrar todo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Holds not saved yet: %n ({problem})</source>
        <translation>
            <numerusform>Presión aún sin guardar: %n ({problem})</numerusform>
            <numerusform>Presiones aún sin guardar: %n ({problem})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your history can be read, but nothing can be changed or added: the file or its folder is read-only.</source>
        <translation>Su historial se puede leer, pero no se puede cambiar ni añadir nada: el archivo o su carpeta son de solo lectura.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No holds yet. Each hold you time is saved here.</source>
        <translation>Todavía no hay presiones. Cada presión que cronometre se guarda aquí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today: {today}  ·  This week: {week}</source>
        <translation>Hoy: {today}  ·  Esta semana: {week}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Skipped this week: %n</source>
        <translation>
            <numerusform>Presión omitida esta semana: %n</numerusform>
            <numerusform>Presiones omitidas esta semana: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The hold could not be deleted. {problem}</source>
        <translation>No se pudo eliminar la presión. {problem}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The hold could not be put back. {problem}</source>
        <translation>No se pudo recuperar la presión. {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Clear all history?</source>
        <translation>¿Borrar todo el historial?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes every saved hold. It cannot be undone.</source>
        <translation>Se eliminarán todas las presiones guardadas. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete everything</source>
        <translation>Eliminar todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my history</source>
        <translation>Conservar mi historial</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The history could not be cleared. {problem}</source>
        <translation>No se pudo borrar el historial. {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The history cannot be read right now. {problem}</source>
        <translation>Ahora mismo no se puede leer el historial. {problem}</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../acupress_gui/ui/history/history_table_model.py" line="+53"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pain rated before and after the session this hold was part of</source>
        <translation>Dolor valorado antes y después de la sesión de la que formó parte esta presión</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped early</source>
        <translation>Detenida antes de tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped by quitting</source>
        <translation>Detenida al salir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{day} {date}, {time}</source>
        <extracomment>When a hold started: {day} is the short name of the weekday, {date} and {time} are written as the language writes them. Put them in your language&apos;s order.</extracomment>
        <translation>{day} {date}, {time}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{title}: {spot}</source>
        <translation>{title}: {spot}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{before} → not rated</source>
        <translation>{before} → sin valorar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not rated → {after}</source>
        <translation>sin valorar → {after}</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <location filename="../../acupress_gui/ui/kiosk/idle_countdown.py" line="+19"/>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Touch to continue. Otherwise the screen starts again for the next person.</source>
        <translation>Toque para continuar. Si no, la pantalla vuelve a empezar para la siguiente persona.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n seconds left</source>
        <translation>
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsNumbers</name>
    <message>
        <location filename="../../acupress_gui/ui/insights/insights_numbers.py" line="+57"/>
        <source>Pain and minutes by day</source>
        <translation>Dolor y minutos por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain before</source>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain after</source>
        <translation>Dolor después</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes by point, longest first</source>
        <translation>Minutos por punto, de más a menos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pain (0 no pain, 10 worst) and minutes by day</source>
        <translation>Dolor (0 sin dolor, 10 el peor) y minutos por día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes by point</source>
        <translation>Minutos por punto</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../acupress_gui/ui/insights/insights_view.py" line="+80"/>
        <source>Insights</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your practice and your pain</source>
        <translation>Su práctica y su dolor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All time</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pain before and after sessions</source>
        <translation>Dolor antes y después de las sesiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Minutes pressed each day</source>
        <translation>Minutos de presión cada día</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Entries you pressed longest</source>
        <translation>Puntos que más tiempo presionó</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pain before and after sessions (0 no pain, 10 worst)</source>
        <translation>Dolor antes y después de las sesiones (0 sin dolor, 10 el peor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries you pressed longest, in minutes</source>
        <translation>Puntos que más tiempo presionó, en minutos</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+184"/>
        <source>Show the numbers</source>
        <translation>Mostrar las cifras</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing here yet. After your first session, this page shows how your pain and your practice change over the weeks.</source>
        <translation>Todavía no hay nada. Después de su primera sesión, esta página mostrará cómo cambian su dolor y su práctica a lo largo de las semanas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing recorded in the last {days} days. Your pain ratings and your practice will show here after your next session.</source>
        <translation>No hay nada registrado en los últimos {days} días. Sus valoraciones del dolor y su práctica aparecerán aquí después de su próxima sesión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sessions this week: {sessions}  ·  Days in a row with a routine: {days}</source>
        <translation>Sesiones esta semana: {sessions}  ·  Días seguidos con rutina: {days}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These charts only show what you recorded. They are not a diagnosis and do not replace advice from a doctor.</source>
        <translation>Estos gráficos solo muestran lo que usted registró. No son un diagnóstico y no sustituyen el consejo de un médico.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate your pain before sessions for two weeks to see a trend.</source>
        <translation>Valore su dolor antes de las sesiones durante dos semanas para ver una tendencia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your typical pain before a session is {latest}, the same as in your first week of ratings (from {since}).</source>
        <translation>Su dolor habitual antes de una sesión es {latest}, igual que en su primera semana de valoraciones (desde el {since}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your typical pain before a session went from {first} in your first week of ratings (from {since}) to {latest} in the last 7 days.</source>
        <translation>Su dolor habitual antes de una sesión pasó de {first} en su primera semana de valoraciones (desde el {since}) a {latest} en los últimos 7 días.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is a meaningful change: a drop of at least 2 points or 30% is about what matched people with lasting pain feeling much better (Farrar et al. 2001; Ostelo et al. 2008).</source>
        <translation>Es un cambio relevante: una bajada de al menos 2 puntos o del 30&#xa0;% es, más o menos, lo que coincidía con que las personas con dolor de larga duración se sintieran mucho mejor (Farrar et al. 2001; Ostelo et al. 2008).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That is not yet a meaningful change, which takes a drop of at least 2 points or 30% (Farrar et al. 2001; Ostelo et al. 2008).</source>
        <translation>Todavía no es un cambio relevante, que requiere una bajada de al menos 2 puntos o del 30&#xa0;% (Farrar et al. 2001; Ostelo et al. 2008).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pain that keeps rising deserves a closer look: Help ▸ When to see a doctor lists the signs not to wait on.</source>
        <translation>Un dolor que sigue aumentando merece una revisión más atenta: en Ayuda ▸ Cuándo ir al médico verá las señales ante las que no hay que esperar.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show the charts</source>
        <translation>Mostrar los gráficos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your history cannot be read right now: {problem}</source>
        <translation>Ahora mismo no se puede leer su historial: {problem}</translation>
    </message>
</context>
<context>
    <name>KeyHelp</name>
    <message>
        <location filename="../../acupress_gui/ui/common/key_help.py" line="+29"/>
        <source>, </source>
        <comment>between keys that do the same</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>MinutesChart</name>
    <message>
        <location filename="../../acupress_gui/ui/insights/insights_charts.py" line="-84"/>
        <location line="+7"/>
        <source>No holds in these days yet.</source>
        <translation>Todavía no hay presiones en estos días.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Minutes pressed on %n days from {first} to {last}, {total} in all; the most, {most}, on {day}.</source>
        <translation>
            <numerusform>Minutos de presión en %n día, del {first} al {last}: {total} en total; el máximo, {most}, el {day}.</numerusform>
            <numerusform>Minutos de presión en %n días, del {first} al {last}: {total} en total; el máximo, {most}, el {day}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <location line="-146"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+9"/>
        <source>No pain ratings in these days yet.</source>
        <translation>Todavía no hay valoraciones del dolor en estos días.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Average pain by day, from 0 (no pain) to 10, on %n days from {first} to {last}.</source>
        <translation>
            <numerusform>Dolor medio por día, de 0 (sin dolor) a 10, en %n día, del {first} al {last}.</numerusform>
            <numerusform>Dolor medio por día, de 0 (sin dolor) a 10, en %n días, del {first} al {last}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before sessions: from {start} on {first} to {end} on {last}; lowest {low}, highest {high}.</source>
        <translation>Antes de las sesiones: de {start} el {first} a {end} el {last}; mínimo {low}, máximo {high}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After sessions: from {start} on {first} to {end} on {last}; lowest {low}, highest {high}.</source>
        <translation>Después de las sesiones: de {start} el {first} a {end} el {last}; mínimo {low}, máximo {high}.</translation>
    </message>
</context>
<context>
    <name>PainCheckIn</name>
    <message>
        <location filename="../../acupress_gui/ui/sitting/pain_check_in.py" line="+59"/>
        <source>Pain check-in</source>
        <translation>Valoración del dolor</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+71"/>
        <location line="+58"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Pain {n} of 10</source>
        <translation>Dolor {n} de 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No pain</source>
        <translation>Sin dolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst pain
imaginable</source>
        <translation>El peor dolor
imaginable</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate your pain</source>
        <translation>Valorar su dolor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{one}, then {zero}</source>
        <translation>{one} y luego {zero}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate 10</source>
        <translation>Valorar con 10</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate the number with the focus</source>
        <translation>Elegir el número que tiene el foco</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You typed 1: type 0 now to make it 10.</source>
        <translation>Ha escrito 1: escriba ahora 0 para que sea 10.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the keyboard, type the number; for 10, type 1 then 0.</source>
        <translation>Con el teclado, escriba el número; para el 10, escriba 1 y luego 0.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>How much does it hurt right now?</source>
        <translation>¿Cuánto le duele ahora mismo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap a number: 0 is no pain, 10 the worst pain you can imagine.</source>
        <translation>Pulse un número: 0 es sin dolor y 10, el peor dolor que pueda imaginar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip, just start</source>
        <translation>Omitir y empezar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>And how much does it hurt now?</source>
        <translation>¿Y cuánto le duele ahora?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate it the same way as before, so you can compare.</source>
        <translation>Valórelo igual que antes, para poder comparar.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../acupress_gui/ui/kiosk/pin_pad.py" line="+38"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>That is not the PIN.</source>
        <translation>Ese no es el PIN.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n digits typed</source>
        <translation>
            <numerusform>%n dígito introducido</numerusform>
            <numerusform>%n dígitos introducidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PointPanel</name>
    <message>
        <location filename="../../acupress_gui/ui/map/point_panel.py" line="+48"/>
        <source>Point details</source>
        <translation>Detalles del punto</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose a point</source>
        <translation>Elija un punto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what hurts above the figure, or tap a part of the body on it and then a dot; or pick a point from the list. Each point says what it is, how to find it on yourself and how to press it.</source>
        <translation>Elija qué le duele (encima de la figura), o seleccione una parte del cuerpo en la figura y luego uno de sus puntos marcados; o elija un punto de la lista. Cada punto explica qué es, cómo encontrarlo en su cuerpo y cómo presionarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About these points</source>
        <translation>Sobre estos puntos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The points cover the neck, the upper and lower back, the buttocks, the legs and the hands. Five of them come from a popular self-care guide for back pain, which mixed up several names and numbers and put one point in the wrong place: those entries show the standard point and say what was corrected.</source>
        <translation>Los puntos abarcan el cuello, la parte alta y baja de la espalda, los glúteos, las piernas y las manos. Cinco de ellos vienen de una guía de autocuidado muy conocida para el dolor de espalda, que confundió varios nombres y números y puso un punto en el lugar equivocado: en esos casos se muestra el punto estándar y se explica qué se corrigió.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is self-care guidance, not a diagnosis or a treatment. Help ▸ When to see a doctor lists the signs that need medical care.</source>
        <translation>Esto es una guía de autocuidado, no un diagnóstico ni un tratamiento. En Ayuda ▸ Cuándo ir al médico encontrará las señales que requieren atención médica.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is self-care guidance, not a diagnosis or a treatment. If you have one of the warning signs you saw at the start, or are not sure, ask the staff.</source>
        <translation>Esto es una guía de autocuidado, no un diagnóstico ni un tratamiento. Si tiene alguna de las señales de alarma que vio al principio, o no está seguro, pregunte al personal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In the guide: “{name}”</source>
        <translation>En la guía: “{name}”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>See a doctor first</source>
        <translation>Consulte primero a un médico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was corrected</source>
        <translation>Qué se corrigió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it is</source>
        <translation>Dónde está</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (the guide: {code})</source>
        <translation> (en la guía: {code})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How to find it on yourself</source>
        <translation>Cómo encontrarlo en su cuerpo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to press</source>
        <translation>Cómo presionar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Traditionally used for</source>
        <translation>Usos tradicionales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traditional uses, not proven effects: {uses}.</source>
        <translation>Usos tradicionales, no efectos demostrados: {uses}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evidence and sources</source>
        <translation>Evidencia y fuentes</translation>
    </message>
</context>
<context>
    <name>PregnancyQuestion</name>
    <message>
        <location filename="../../acupress_gui/ui/kiosk/welcome_card.py" line="+24"/>
        <location filename="../../acupress_gui/ui/sitting/pregnancy_question.py" line="+37"/>
        <source>Are you pregnant, or could you be?</source>
        <translation>¿Está embarazada o podría estarlo?</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../acupress_gui/ui/sitting/pregnancy_question.py" line="+4"/>
        <source>Some points are traditionally avoided in pregnancy ({titles}). If you might be pregnant, AcuPress leaves them out of the routine. You can change this answer at any time.</source>
        <translation>Algunos puntos se evitan tradicionalmente en el embarazo ({titles}). Si pudiera estar embarazada, AcuPress los deja fuera de la rutina. Puede cambiar esta respuesta en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../../acupress_gui/ui/sitting/pregnancy_question.py" line="+6"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, or I might be</source>
        <translation>Sí, o podría estarlo</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../acupress_gui/ui/reminders/reminders_dialog.py" line="+48"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AcuPress can invite you to do a routine at the times you choose. Reminders come only while AcuPress is running.</source>
        <translation>AcuPress puede invitarle a hacer una rutina a las horas que usted elija. Los recordatorios solo llegan mientras AcuPress está abierto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remind me to do a routine</source>
        <translation>Recordarme hacer una rutina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIMES</source>
        <translation>HORAS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder times</source>
        <translation>Horas de recordatorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to add</source>
        <translation>Hora que añadir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add time</source>
        <translation>Añadir hora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep AcuPress in the system tray when the window is closed</source>
        <translation>Mantener AcuPress en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>“{text}” is not a time of day. Type it as 9, 9:30, 0930 or 6 pm.</source>
        <translation>“{text}” no es una hora del día. Escríbala como 9, 9:30, 0930 o 6 pm.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This desktop shows no system tray, so closing the window quits AcuPress and reminders stop until you open it again.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que al cerrar la ventana se cierra AcuPress y los recordatorios se detienen hasta que lo vuelva a abrir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available when reminders are on.</source>
        <translation>Disponible con los recordatorios activados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders keep coming while the window is closed. To quit AcuPress, choose Quit in the tray icon&apos;s menu or press {keys}.</source>
        <translation>Los recordatorios siguen llegando con la ventana cerrada. Para salir de AcuPress, elija Salir en el menú del icono de la bandeja o pulse {keys}.</translation>
    </message>
</context>
<context>
    <name>RoutineBar</name>
    <message>
        <location filename="../../acupress_gui/ui/sitting/routine_bar.py" line="+36"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop routine</source>
        <translation>Detener rutina</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Routine finished</source>
        <translation>Rutina terminada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routine · {n} of {total} · {title}</source>
        <translation>Rutina · {n} de {total} · {title}</translation>
    </message>
</context>
<context>
    <name>RoutineEditorDialog</name>
    <message>
        <location filename="../../acupress_gui/ui/sitting/routine_editor_dialog.py" line="+84"/>
        <source>Your routines</source>
        <translation>Sus rutinas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show points for</source>
        <translation>Mostrar puntos para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every complaint</source>
        <translation>Todas las molestias</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Points to add</source>
        <translation>Puntos para añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to routine</source>
        <translation>Añadir a la rutina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+368"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>Ask me to rate my pain before and after</source>
        <translation>Pedirme que valore mi dolor antes y después</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Routine:</source>
        <translation>Rutina:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>POINTS, IN THE ORDER YOU PRESS THEM</source>
        <translation>PUNTOS, EN EL ORDEN EN QUE LOS PRESIONA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold this point for:</source>
        <translation>Presionar este punto durante:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ADD POINTS</source>
        <translation>AÑADIR PUNTOS</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{keys}; or drag the point in the list</source>
        <extracomment>The tip of the Move up and Move down buttons: {keys} is the key to press instead, such as Ctrl+Up, already in your language.</extracomment>
        <translation>{keys}; o arrastre el punto en la lista</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name} (ready-made)</source>
        <translation>{name} (predefinida)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The points you chose earlier</source>
        <translation>Los puntos que eligió antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name your routine</source>
        <translation>Ponga nombre a su rutina</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ready-made for {complaint}. Change it and save it under a name of your own to keep your version.</source>
        <translation>Predefinida para {complaint}. Cámbiela y guárdela con un nombre propio para conservar su versión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+117"/>
        <source>Your own routine.</source>
        <translation>Su propia rutina.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>The points a routine walks until you choose your own.</source>
        <translation>Los puntos que recorre una rutina hasta que usted elija los suyos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The points you chose earlier, in the catalog&apos;s order.</source>
        <translation>Los puntos que eligió antes, en el orden del catálogo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new routine: add points from the list on the right.</source>
        <translation>Una rutina nueva: añada puntos de la lista de la derecha.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Changes not saved</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes to this routine are not saved. Open “{name}” and lose them?</source>
        <translation>Los cambios de esta rutina no están guardados. ¿Abrir “{name}” y perderlos?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lose the changes</source>
        <translation>Perder los cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Name your version of {name}</source>
        <translation>Ponga nombre a su versión de {name}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>You have {n} routines, as many as AcuPress keeps: delete one first.</source>
        <translation>Tiene {n} rutinas, el máximo que guarda AcuPress: elimine una primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a point to the routine first.</source>
        <translation>Primero añada un punto a la rutina.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved as “{name}”.</source>
        <translation>Guardada como “{name}”.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Renamed “{old}” to “{name}”.</source>
        <translation>Se cambió el nombre de “{old}” a “{name}”.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleted “{name}”.</source>
        <translation>Se eliminó “{name}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete routine</source>
        <translation>Eliminar rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your routine “{name}”? This cannot be undone.</source>
        <translation>¿Eliminar su rutina “{name}”? No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the routine a name.</source>
        <translation>Ponga un nombre a la rutina.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” is a ready-made routine: give yours a name of its own.</source>
        <translation>“{name}” es una rutina predefinida: ponga a la suya un nombre propio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You already have a routine called “{name}”: choose another name.</source>
        <translation>Ya tiene una rutina llamada “{name}”: elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>RoutineStepsList</name>
    <message>
        <location filename="../../acupress_gui/ui/sitting/routine_steps_list.py" line="+53"/>
        <source>Points in this routine, in order</source>
        <translation>Puntos de esta rutina, en orden</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>{time} (usual)</source>
        <translation>{time} (habitual)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left out: avoided in pregnancy</source>
        <translation>No incluido: se evita en el embarazo</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../acupress_gui/ui/map/search_field.py" line="+24"/>
        <source>Find by name or code</source>
        <translation>Buscar por nombre o código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a point by name or code</source>
        <translation>Buscar un punto por nombre o código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an English or Chinese name or a point code such as GB20.</source>
        <translation>Escriba el nombre de un punto (también en chino) o un código como GB20.</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <location filename="../../acupress_gui/ui/sitting/session_flow.py" line="+219"/>
        <source>Left out because you may be pregnant: {titles}.</source>
        <translation>No se incluyen porque podría estar embarazada: {titles}.</translation>
    </message>
</context>
<context>
    <name>SessionSummary</name>
    <message>
        <location filename="../../acupress_gui/ui/sitting/session_summary.py" line="+45"/>
        <source>When to see a doctor</source>
        <translation>Cuándo ir al médico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your progress over the weeks</source>
        <translation>Su evolución semana a semana</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Routine stopped</source>
        <translation>Rutina detenida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routine complete</source>
        <translation>Rutina completada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: {titles}</source>
        <translation>Completados: {titles}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: {titles}</source>
        <translation>Omitidos: {titles}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reached: {titles}</source>
        <translation>Pendientes: {titles}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time pressing: {time}</source>
        <translation>Tiempo presionando: {time}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hold stopped early</source>
        <translation>Presión detenida antes de tiempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold done</source>
        <translation>Presión terminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: {time} of pressing</source>
        <translation>{title}: {time} presionando</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n completed</source>
        <translation>
            <numerusform>%n completada</numerusform>
            <numerusform>%n completadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n stopped early</source>
        <translation>
            <numerusform>%n detenida antes de tiempo</numerusform>
            <numerusform>%n detenidas antes de tiempo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped (not counted as time pressing)</source>
        <translation>
            <numerusform>%n omitida (no cuenta como tiempo presionando)</numerusform>
            <numerusform>%n omitidas (no cuentan como tiempo presionando)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stopped by quitting</source>
        <translation>
            <numerusform>%n detenida al salir</numerusform>
            <numerusform>%n detenidas al salir</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holds: {parts}</source>
        <translation>Presiones: {parts}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pain before: {before}</source>
        <translation>Dolor antes: {before}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain not rated this time.</source>
        <translation>Esta vez no valoró el dolor.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Pain {before} → {after}: %n point(s) lower.</source>
        <translation>
            <numerusform>Dolor {before} → {after}: %n punto menos.</numerusform>
            <numerusform>Dolor {before} → {after}: %n puntos menos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Pain {before} → {after}: %n point(s) higher.</source>
        <translation>
            <numerusform>Dolor {before} → {after}: %n punto más.</numerusform>
            <numerusform>Dolor {before} → {after}: %n puntos más.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pain {before} → {after}: no change.</source>
        <translation>Dolor {before} → {after}: sin cambios.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your pain went up. Pressing should never make it worse: stop, and if it stays worse, talk to a doctor.</source>
        <translation>Su dolor ha aumentado. Presionar nunca debería empeorarlo: pare y, si sigue peor, hable con un médico.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your pain is high. Be gentle with yourself, and check the signs that mean you should see a doctor soon.</source>
        <translation>Su nivel de dolor es alto. Trátese con cuidado y revise las señales que indican que debe consultar pronto a un médico.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../acupress_gui/ui/shell/shortcuts_dialog.py" line="+72"/>
        <source>On the body map</source>
        <translation>En el mapa del cuerpo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the hold timer</source>
        <translation>En el temporizador de presión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the pain check-in</source>
        <translation>En la valoración del dolor</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>SoundSpeechDialog</name>
    <message>
        <location filename="../../acupress_gui/ui/timer/sound_speech_dialog.py" line="+55"/>
        <source>Sound and speech</source>
        <translation>Sonido y voz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>AcuPress can say each step aloud (“Press now”, “Switch to your left side”, “Release slowly”), so you can follow a hold with your eyes closed. Without it, chimes mark the switch of sides and the end.</source>
        <translation>AcuPress puede decir en voz alta cada paso (“Presione ahora”, “Cambie a su lado izquierdo”, “Suelte despacio”), para que pueda seguir una presión con los ojos cerrados. Sin la voz, unos tonos marcan el cambio de lado y el final.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Speak each step aloud</source>
        <translation>Decir cada paso en voz alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also say when to breathe in and out</source>
        <translation>Decir también cuándo inhalar y exhalar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Speech volume</source>
        <translation>Volumen de la voz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try it</source>
        <translation>Probar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;olume</source>
        <translation>V&amp;olumen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Press now. Breathe in.</source>
        <translation>Presione ahora. Inhale.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Default voice</source>
        <translation>Voz predeterminada</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>{n} %</source>
        <translation>{n}&#xa0;%</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Looking for a speech engine…</source>
        <translation>Buscando un motor de voz…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No speech engine was found on this computer, so the chimes play instead. On Debian or Ubuntu, install the packages speech-dispatcher and speech-dispatcher-espeak-ng, then start AcuPress again.</source>
        <translation>No se encontró ningún motor de voz en este equipo, así que suenan los tonos en su lugar. En Debian o Ubuntu, instale los paquetes speech-dispatcher y speech-dispatcher-espeak-ng y vuelva a abrir AcuPress.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The speech engine is not answering, so the chimes play instead. Start AcuPress again to try once more.</source>
        <translation>El motor de voz no responde, así que suenan los tonos en su lugar. Vuelva a abrir AcuPress para intentarlo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sound is off on the timer, so nothing will be heard until you turn it on.</source>
        <translation>El sonido del temporizador está desactivado, así que no se oirá nada hasta que lo active.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The timer&apos;s Sound button turns speech off too.</source>
        <translation>El botón de sonido del temporizador también desactiva la voz.</translation>
    </message>
</context>
<context>
    <name>SpokenGuide</name>
    <message>
        <location filename="../../acupress_gui/ui/timer/spoken_guide.py" line="+96"/>
        <source>{title}. Find the spot.</source>
        <translation>{title}. Busque el sitio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the spot.</source>
        <translation>Busque el sitio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press now.</source>
        <translation>Presione ahora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch to your left side.</source>
        <translation>Cambie a su lado izquierdo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to your right side.</source>
        <translation>Cambie a su lado derecho.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ease off, and rest.</source>
        <translation>Afloje y descanse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release slowly.</source>
        <translation>Suelte despacio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move to the next spot: {label}.</source>
        <translation>Pase al siguiente sitio: {label}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Breathe in.</source>
        <translation>Inhale.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breathe out.</source>
        <translation>Exhale.</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../acupress_gui/ui/kiosk/staff_screen.py" line="+72"/>
        <source>Staff</source>
        <translation>Área del personal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the visitor&apos;s screen</source>
        <translation>Reiniciar la pantalla del visitante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Idle time</source>
        <translation>Tiempo de inactividad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shorter</source>
        <translation>Más corto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longer</source>
        <translation>Más largo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For this run only: AcuPress never changes {file}, which may be read-only. To keep a new time, set idle_seconds in {path}.</source>
        <translation>Solo hasta que se cierre el programa: AcuPress nunca modifica {file}, que puede ser de solo lectura. Para conservar un tiempo nuevo, cambie idle_seconds en {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Holds on this kiosk (anonymous counts)</source>
        <translation>Presiones en este quiosco (recuentos anónimos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds started</source>
        <translation>Presiones iniciadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The state folder cannot be written, so the counts are kept in memory.</source>
        <translation>No se puede escribir en la carpeta de estado, así que los recuentos se mantienen en la memoria.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Start again after %n seconds without a touch</source>
        <translation>
            <numerusform>Empezar de nuevo tras %n segundo sin tocar la pantalla</numerusform>
            <numerusform>Empezar de nuevo tras %n segundos sin tocar la pantalla</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepHoldChoice</name>
    <message>
        <location filename="../../acupress_gui/ui/sitting/step_hold_choice.py" line="+32"/>
        <source>Hold this point for</source>
        <translation>Presionar este punto durante</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your usual hold ({time})</source>
        <translation>Su presión habitual ({time})</translation>
    </message>
</context>
<context>
    <name>StepNumber</name>
    <message>
        <location filename="../../acupress_gui/ui/common/step_number.py" line="+41"/>
        <source>Less</source>
        <extracomment>A screen reader&apos;s name for the minus button beside a number (sets, seconds).</extracomment>
        <translation>Menos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More</source>
        <extracomment>A screen reader&apos;s name for the plus button beside a number (sets, seconds).</extracomment>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../acupress_gui/ui/reminders/time_field.py" line="+26"/>
        <source>e.g. 9:30 or 6 pm</source>
        <translation>p. ej., 9:30 o 6 pm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a time such as 9, 9:30, 0930 or 6 pm</source>
        <translation>Escriba una hora, como 9, 9:30, 0930 o 6 pm</translation>
    </message>
</context>
<context>
    <name>TimerCard</name>
    <message>
        <location filename="../../acupress_gui/ui/timer/timer_card.py" line="+164"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+749"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-749"/>
        <location line="+749"/>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="-748"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Custom</source>
        <translation>Otra</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Hold for</source>
        <translation>Duración de la presión</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Custom hold, minutes and seconds</source>
        <translation>Presión personalizada, minutos y segundos</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+80"/>
        <location line="+34"/>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Both sides at once</source>
        <translation>Los dos lados a la vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One side, then the other</source>
        <translation>Un lado y luego el otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+112"/>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>All spots together</source>
        <translation>Todos los sitios a la vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One spot after the other</source>
        <translation>Un sitio tras otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+110"/>
        <source>Spots</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <location line="-44"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Time to get into position, seconds</source>
        <translation>Tiempo para colocarse, en segundos</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+35"/>
        <source>Hold</source>
        <translation>Presión</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+30"/>
        <location line="+540"/>
        <source>Get into position</source>
        <translation>Colóquese</translation>
    </message>
    <message>
        <location line="-463"/>
        <source>Start, pause or resume the hold</source>
        <translation>Empezar, pausar o continuar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the hold</source>
        <translation>Detener la presión</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>{n} spots, one after the other</source>
        <translation>{n} sitios, uno tras otro</translation>
    </message>
    <message>
        <location line="-506"/>
        <location line="+399"/>
        <location line="+93"/>
        <source>Hold timer</source>
        <translation>Temporizador de presión</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+66"/>
        <source>Choose a point first</source>
        <translation>Primero elija un punto</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+69"/>
        <source>Ready when you are</source>
        <translation>Empiece cuando quiera</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After Start: {time} to find the spot.</source>
        <translation>Al pulsar Empezar: {time} para encontrar el sitio.</translation>
    </message>
    <message numerus="yes">
        <location line="-301"/>
        <location line="+302"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the spot, then press Start.</source>
        <translation>Busque el sitio y luego pulse Empezar.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Find the spot…</source>
        <translation>Busque el sitio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: find the point</source>
        <translation>Siguiente: busque el punto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press and hold</source>
        <translation>Presione y mantenga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to your left side</source>
        <translation>Cambie a su lado izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the next spot</source>
        <translation>Pase al siguiente sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Descanse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>your right side</source>
        <translation>su lado derecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your left side</source>
        <translation>su lado izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press and hold: {side}</source>
        <translation>Presione y mantenga: {side}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>{first}. {then}</source>
        <comment>two sentences, said one after the other</comment>
        <translation>{first}. {then}</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+179"/>
        <source>Stopped early. The time you held is saved.</source>
        <translation>Se detuvo antes de tiempo. Se ha guardado el tiempo que presionó.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{title} · set {n} of {total}</source>
        <translation>{title} · serie {n} de {total}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Spot {n} of {total}: {label} · {codes}</source>
        <translation>Sitio {n} de {total}: {label} · {codes}</translation>
    </message>
    <message>
        <location line="-221"/>
        <location line="+175"/>
        <source>Release slowly. Well done.</source>
        <translation>Suelte despacio. Muy bien.</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+285"/>
        <source>Breathe in</source>
        <translation>Inhale</translation>
    </message>
    <message>
        <location line="-284"/>
        <location line="+284"/>
        <source>Breathe out</source>
        <translation>Exhale</translation>
    </message>
    <message>
        <location line="-283"/>
        <location line="+284"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move your hands to the point shown</source>
        <translation>Lleve las manos al punto indicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let your hands rest</source>
        <translation>Deje descansar las manos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move your hands to your left side</source>
        <translation>Lleve las manos a su lado izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ease off and move on</source>
        <translation>Afloje y siga</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Sound on</source>
        <translation>Con sonido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sound off</source>
        <translation>Sin sonido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sound cues</source>
        <translation>Avisos sonoros</translation>
    </message>
</context>
<context>
    <name>TimerDial</name>
    <message>
        <location filename="../../acupress_gui/ui/timer/timer_dial.py" line="+54"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../acupress_gui/ui/shell/tray_icon.py" line="+58"/>
        <source>Open AcuPress</source>
        <translation>Abrir AcuPress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start routine</source>
        <translation>Empezar rutina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>VisitorBar</name>
    <message>
        <location filename="../../acupress_gui/ui/kiosk/visitor_bar.py" line="+68"/>
        <source>Sheet to take home</source>
        <translation>Hoja para llevarse a casa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>VisitorView</name>
    <message>
        <location filename="../../acupress_gui/ui/visitor/visitor_view.py" line="+241"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole body</source>
        <translation>Cuerpo entero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom to point</source>
        <translation>Acercar al punto</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+12"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>POINTS</source>
        <translation>PUNTOS</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+227"/>
        <source>Start routine</source>
        <translation>Empezar rutina</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Choose points…</source>
        <translation>Elegir puntos…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>That is a lot of pain. Press gently or not at all today, and check the signs that mean you should see a doctor.</source>
        <translation>Es mucho dolor. Hoy presione con suavidad o no presione, y revise las señales que indican que debe consultar a un médico.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When to see a doctor</source>
        <translation>Cuándo ir al médico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It is one of your reminder times. Start a routine below when you are ready.</source>
        <translation>Es una de sus horas de recordatorio. Cuando quiera, empiece una rutina con el botón de abajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Your sheet is printing</source>
        <translation>Su hoja se está imprimiendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect your printed sheet at the desk.</source>
        <translation>Recoja su hoja impresa en la recepción.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A sheet to take home</source>
        <translation>Una hoja para llevarse a casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask at the desk for a printed sheet of these points.</source>
        <translation>Pida en la recepción una hoja impresa con estos puntos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use this routine</source>
        <translation>Usar esta rutina</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No points to press</source>
        <translation>No hay puntos que presionar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every point chosen for your routine is one to avoid in pregnancy. Choose other points under Routine, Choose points.</source>
        <translation>Todos los puntos elegidos para su rutina deben evitarse en el embarazo. Elija otros puntos en Rutina, Elegir puntos.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Holds not saved yet: %n. Kept while AcuPress is open and saved as soon as possible. ({problem})</source>
        <translation>
            <numerusform>Presión aún sin guardar: %n. Se conserva mientras AcuPress esté abierto y se guardará en cuanto sea posible. ({problem})</numerusform>
            <numerusform>Presiones aún sin guardar: %n. Se conservan mientras AcuPress esté abierto y se guardarán en cuanto sea posible. ({problem})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your pain ratings are not saved yet. They are kept while AcuPress is open and saved as soon as possible. ({problem})</source>
        <translation>Sus valoraciones del dolor aún no se han guardado. Se conservan mientras AcuPress esté abierto y se guardarán en cuanto sea posible. ({problem})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your history can be read, but new holds cannot be saved to it. ({problem})</source>
        <translation>Su historial se puede leer, pero no se pueden guardar en él presiones nuevas. ({problem})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your history file went missing</source>
        <translation>Su archivo de historial ha desaparecido</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your choices are kept until AcuPress closes, but they could not be saved for next time. ({problem})</source>
        <translation>Sus preferencias se conservan hasta que se cierre AcuPress, pero no se pudieron guardar para la próxima vez. ({problem})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stop the hold?</source>
        <translation>¿Detener la presión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hold of {title} is still running. Stop it?</source>
        <translation>Todavía hay una presión en curso en {title}. ¿Detenerla?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the hold</source>
        <translation>Detener la presión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep holding</source>
        <translation>Seguir presionando</translation>
    </message>
</context>
<context>
    <name>WelcomeCard</name>
    <message>
        <location filename="../../acupress_gui/ui/kiosk/welcome_card.py" line="+14"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tap your answer to go on.</source>
        <translation>Pulse su respuesta para continuar.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;p&gt;AcuPress shows you how to press acupressure points for neck and back pain. It is self-care, not a diagnosis or a treatment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;AcuPress le enseña a presionar puntos de acupresión para el dolor de cuello y de espalda. Es autocuidado, no un diagnóstico ni un tratamiento.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;Get help now: tell the staff or call your emergency number&lt;/h3&gt;&lt;p&gt;if your pain began after a fall, an accident or a blow, or comes with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;numbness, tingling or weakness in your arms or legs, or unsteady walking&lt;/li&gt;&lt;li&gt;numb skin between your legs, or trouble passing or holding urine or stools&lt;/li&gt;&lt;li&gt;chest pain, or trouble speaking, swallowing or seeing&lt;/li&gt;&lt;li&gt;sudden dizziness or fainting&lt;/li&gt;&lt;li&gt;a stiff neck with a fever and a headache&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Pida ayuda ya: avise al personal o llame a su número de emergencias&lt;/h3&gt;&lt;p&gt;si el dolor empezó después de una caída, un accidente o un golpe, o si viene con:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;entumecimiento, hormigueo o debilidad en los brazos o las piernas, o inestabilidad al caminar&lt;/li&gt;&lt;li&gt;piel entumecida entre las piernas, o dificultad para orinar o para retener la orina o las heces&lt;/li&gt;&lt;li&gt;dolor en el pecho, o dificultad para hablar, tragar o ver&lt;/li&gt;&lt;li&gt;mareo repentino o desmayo&lt;/li&gt;&lt;li&gt;cuello rígido con fiebre y dolor de cabeza&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;h3&gt;See a doctor today&lt;/h3&gt;&lt;p&gt;if you have a fever or feel unwell, if the pain keeps getting worse or is worse at night, if you are losing weight without knowing why, or if you have had cancer or have a weakened immune system.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vaya al médico hoy mismo&lt;/h3&gt;&lt;p&gt;si tiene fiebre o se encuentra mal, si el dolor no deja de empeorar o es peor por la noche, si está perdiendo peso sin saber por qué, o si ha tenido cáncer o tiene el sistema inmunitario debilitado.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;b&gt;Not sure? Ask the staff before you press.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;¿No está seguro? Pregunte al personal antes de presionar.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <location filename="../../acupress_gui/ui/common/advice.py" line="+13"/>
        <source>You can reach these points yourself, with your own hands.</source>
        <translation>Puede alcanzar estos puntos con sus propias manos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Easiest lying or leaning on a ball, or with someone&apos;s help.</source>
        <translation>Es más fácil acostándose o apoyándose sobre una pelota, o con la ayuda de otra persona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These points need someone else to press them for you.</source>
        <translation>Estos puntos necesitan que otra persona se los presione.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Avoid these points if you are pregnant or might be pregnant.</source>
        <translation>Evite estos puntos si está embarazada o podría estarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you are pregnant, ask your midwife or doctor first, and use only gentle pressure.</source>
        <translation>Si está embarazada, consulte antes a su matrona o a su médico, y presione solo con suavidad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not press on broken or irritated skin, bruises, fresh scars, swelling or varicose veins, over a bone that may be broken, or near a recent injury or operation. With blood thinners, a bleeding disorder, osteoporosis or cancer in the area, use only gentle pressure or ask a clinician first.</source>
        <translation>No presione sobre piel herida o irritada, hematomas, cicatrices recientes, hinchazón o venas varicosas, sobre un hueso que pueda estar roto, ni cerca de una lesión u operación reciente. Si toma anticoagulantes o tiene un trastorno de la coagulación, osteoporosis o cáncer en la zona, presione solo con suavidad o consulte antes a un profesional de la salud.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../acupress_gui/app.py" line="+97"/>
        <source>The point catalog cannot be used</source>
        <translation>No se puede usar el catálogo de puntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AcuPress could not open its point catalog, so it will close. Nothing of yours was changed.

{error}</source>
        <translation>AcuPress no pudo abrir su catálogo de puntos, así que se cerrará. Sus datos no se han modificado.

{error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your settings could not be read</source>
        <translation>No se pudo leer su configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your settings file {path} could not be used as it was: {reason}. AcuPress started from its usual settings.</source>
        <translation>No se pudo usar su archivo de configuración {path} tal como estaba: {reason}. AcuPress se inició con la configuración habitual.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your history file could not be read</source>
        <translation>No se pudo leer su archivo de historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history file {original} could not be used. {reason} AcuPress started a new one; the old file was kept, unchanged, as {moved_to}.</source>
        <translation>No se pudo usar el archivo de historial {original}. {reason} AcuPress creó uno nuevo; el archivo antiguo se conservó, sin cambios, como {moved_to}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Some saved holds could not be read back</source>
        <translation>No se pudieron leer algunas presiones guardadas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>AcuPress keeps its files beside it, in {folder} (portable.txt), but that folder cannot be written: {reason}. Your history can be read, but nothing new will be saved. To save, copy AcuPress to a drive that can be written, or remove portable.txt to keep your files in your user folders.</source>
        <translation>AcuPress guarda sus archivos junto al programa, en {folder} (portable.txt), pero no se puede escribir en esa carpeta: {reason}. Su historial se puede leer, pero no se guardará nada nuevo. Para guardar, copie AcuPress a una unidad en la que se pueda escribir, o elimine portable.txt para guardar sus archivos en sus carpetas de usuario.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing new will be saved</source>
        <translation>No se guardará nada nuevo</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>AcuPress is already running</source>
        <translation>AcuPress ya está abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another copy of AcuPress is using {folder} but does not respond. Close it (or wait a moment) and try again.</source>
        <translation>Otra copia de AcuPress está usando {folder}, pero no responde. Ciérrela (o espere un momento) y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>body</name>
    <message>
        <location filename="../../acupress_gui/core/body.py" line="+432"/>
        <source>The back of your right hand</source>
        <translation>El dorso de su mano derecha</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The outer side of your right lower leg</source>
        <translation>La cara externa de su pierna derecha</translation>
    </message>
</context>
<context>
    <name>diagnostics</name>
    <message>
        <location filename="../../acupress_gui/bootstrap/diagnostics.py" line="+167"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AcuPress hit an unexpected problem and carried on. If something looks wrong, restart the app.

{message}</source>
        <translation>AcuPress tuvo un problema inesperado y siguió funcionando. Si algo no se ve bien, reinicie la aplicación.

{message}</translation>
    </message>
</context>
<context>
    <name>durations</name>
    <message>
        <location filename="../../acupress_gui/ui/common/durations.py" line="+21"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../acupress_gui/core/export.py" line="+67"/>
        <source>The hold&apos;s number in your history.</source>
        <translation>El número de la presión en su historial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the hold started: the date and time in UTC, not your local time, written as 2025-03-01T09:30:00.000+00:00 (ISO 8601).</source>
        <translation>Cuándo empezó la presión: la fecha y la hora en UTC, no en su hora local, escritas como 2025-03-01T09:30:00.000+00:00 (ISO 8601).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you pressed, by the name the point catalog gives it (such as wind-pool).</source>
        <translation>Qué presionó, con el nombre que le da el catálogo de puntos (como wind-pool).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The points pressed, by their standard codes (such as GB20), with a space between.</source>
        <translation>Los puntos presionados, con sus códigos estándar (como GB20), separados por un espacio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The side of your body: “both”, “right” or “left”.</source>
        <extracomment>The words in quotes are the values in the file: they stay in English.</extracomment>
        <translation>El lado del cuerpo: “both” (los dos), “right” (derecho) o “left” (izquierdo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which set of the hold it was: 1 for the first.</source>
        <translation>Qué serie de la presión era: 1 para la primera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the hold was to last, in seconds.</source>
        <translation>Cuánto debía durar la presión, en segundos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long you held, in seconds.</source>
        <translation>Cuánto tiempo mantuvo la presión, en segundos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“yes” when you held for the whole time, else “no”.</source>
        <extracomment>The words in quotes are the values in the file: they stay in English.</extracomment>
        <translation>“yes” (sí) si mantuvo la presión todo el tiempo; si no, “no”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sitting the hold was part of (a routine, or one press of Start): the holds of one sitting share it. Empty for holds saved before AcuPress kept sittings.</source>
        <translation>La sesión de la que formó parte la presión (una rutina, o pulsar Empezar una vez): todas las presiones de una misma sesión lo comparten. Vacío en las presiones guardadas antes de que AcuPress registrara las sesiones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“routine” for a routine, “single” for one press of Start.</source>
        <extracomment>The words in quotes are the values in the file: they stay in English.</extracomment>
        <translation>“routine” para una rutina, “single” para pulsar Empezar una vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When that sitting started, in UTC, written as the hold&apos;s start is.</source>
        <translation>Cuándo empezó esa sesión, en UTC, escrito igual que el inicio de la presión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pain you rated before the sitting, from 0 (no pain) to 10 (the worst pain you can imagine); empty when you did not rate it.</source>
        <translation>El dolor que valoró antes de la sesión, de 0 (sin dolor) a 10 (el peor dolor que pueda imaginar); vacío si no lo valoró.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pain you rated after the sitting, on the same scale; empty when you did not rate it.</source>
        <translation>El dolor que valoró después de la sesión, en la misma escala; vacío si no lo valoró.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the hold ended: “completed”, “stopped” (stopped early), “skipped” (in a routine) or “quit” (AcuPress was closed).</source>
        <extracomment>The words in quotes are the values in the file: they stay in English.</extracomment>
        <translation>Cómo terminó la presión: “completed” (completada), “stopped” (detenida antes de tiempo), “skipped” (omitida, en una rutina) o “quit” (se cerró AcuPress).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For a row of spots pressed one after the other, which spot it was (1 for the first); empty when the hold pressed them all.</source>
        <translation>Si se presionaron varios sitios uno tras otro, qué sitio era (1 para el primero); vacío si la presión los abarcó todos.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{path} is one of AcuPress&apos;s own files, so the history was not written there. Choose another file name.</source>
        <translation>{path} es uno de los archivos propios de AcuPress, así que el historial no se guardó ahí. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is one of AcuPress&apos;s own files, so the handout was not written there. Choose another file name.</source>
        <translation>{path} es uno de los archivos propios de AcuPress, así que la hoja no se guardó ahí. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is one of AcuPress&apos;s own files, so the counts were not written there.</source>
        <translation>{path} es uno de los archivos propios de AcuPress, así que los recuentos no se guardaron ahí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The history could not be written to {path}.</source>
        <translation>No se pudo guardar el historial en {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handout could not be written to {path}.</source>
        <translation>No se pudo guardar la hoja en {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The counts could not be written to {path}.</source>
        <translation>No se pudieron guardar los recuentos en {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history could not be written to {path}: {reason}.</source>
        <translation>No se pudo guardar el historial en {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handout could not be written to {path}: {reason}.</source>
        <translation>No se pudo guardar la hoja en {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The counts could not be written to {path}: {reason}.</source>
        <translation>No se pudieron guardar los recuentos en {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>{path} is a folder. Choose a file name inside it.</source>
        <translation>{path} es una carpeta. Elija un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not an ordinary file, so it cannot be replaced.</source>
        <translation>{path} no es un archivo normal, así que no se puede reemplazar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder {folder} is a file, not a folder, so {path} cannot be written.</source>
        <translation>La carpeta {folder} es un archivo, no una carpeta, así que no se puede guardar {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder {folder} does not exist, so {path} cannot be written.</source>
        <translation>La carpeta {folder} no existe, así que no se puede guardar {path}.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>AcuPress is not allowed to write there</source>
        <translation>AcuPress no tiene permiso para escribir ahí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that disk is read-only</source>
        <translation>ese disco es de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of that path is a file, not a folder</source>
        <translation>parte de esa ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its folder does not exist</source>
        <translation>su carpeta no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a link that leads back to itself</source>
        <translation>es un enlace que lleva a sí mismo</translation>
    </message>
</context>
<context>
    <name>handout</name>
    <message>
        <location filename="../../acupress_gui/ui/handout/handout_figure.py" line="+360"/>
        <source>{view}. Press the points on both sides of your body.</source>
        <translation>{view}. Presione los puntos en los dos lados del cuerpo.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <location filename="../../acupress_gui/ui/handout/handout_pages.py" line="+175"/>
        <source>{title} does not fit on {pages} pages, even in small print. Print fewer points at a time.</source>
        <translation>{title} no cabe en {pages} páginas, ni siquiera con letra pequeña. Imprima menos puntos cada vez.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>No se pudo abrir la impresora o el archivo para dibujar.</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Stop pressing and get help if you have any sign under “When to get help” on page {page}.</source>
        <translation>Deje de presionar y busque ayuda si tiene alguna de las señales de “Cuándo buscar ayuda”, en la página {page}.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>See a doctor first</source>
        <translation>Consulte primero a un médico</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How to find it</source>
        <translation>Cómo encontrarlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to press</source>
        <translation>Cómo presionar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Take care</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take care with {title}</source>
        <translation>Precauciones con {title}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the studies say</source>
        <translation>Lo que dicen los estudios</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>When to get help</source>
        <translation>Cuándo buscar ayuda</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Call your emergency number now (999 in the UK), or go to an emergency department, if your pain comes with a sign under “Now”. See a doctor the same day (in the UK you can also call 111) for a sign under “Today”.</source>
        <translation>Llame ahora a su número de emergencias (999 en el Reino Unido) o vaya a un servicio de urgencias si su dolor se acompaña de alguna señal de “Ahora”. Consulte a un médico el mismo día (en el Reino Unido también puede llamar al 111) si tiene alguna señal de “Hoy”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where these points come from</source>
        <translation>De dónde vienen estos puntos</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Left out because you are or may be pregnant: {titles}.</source>
        <translation>No se incluyen porque está o podría estar embarazada: {titles}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With every point</source>
        <translation>Para todos los puntos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neck pain</source>
        <translation>Dolor de cuello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back pain</source>
        <translation>Dolor de espalda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now: call your emergency number</source>
        <translation>Ahora: llame a su número de emergencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today: see a doctor</source>
        <translation>Hoy: consulte a un médico</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Self-care guidance from AcuPress: not a diagnosis or a treatment.</source>
        <translation>Guía de autocuidado de AcuPress: no es un diagnóstico ni un tratamiento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page {number} of {total}</source>
        <translation>Página {number} de {total}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hold for {length} on your right side, then {length} on your left.</source>
        <translation>Mantenga la presión {length} en su lado derecho y luego {length} en el izquierdo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hold for {length}, both sides at once.</source>
        <translation>Mantenga la presión {length}, en los dos lados a la vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold for {length}.</source>
        <translation>Mantenga la presión {length}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do this {n} times, resting a little in between.</source>
        <translation>Hágalo {n} veces, con un breve descanso entre una y otra.</translation>
    </message>
    <message>
        <location filename="../../acupress_gui/core/handout.py" line="+191"/>
        <source>The routine “{title}” has no points to print.</source>
        <translation>La rutina “{title}” no tiene puntos que imprimir.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Your routine</source>
        <translation>Su rutina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your points</source>
        <translation>Sus puntos</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Every point of “{title}” is one to avoid in pregnancy, so there is nothing to print.</source>
        <translation>Todos los puntos de “{title}” deben evitarse en el embarazo, así que no hay nada que imprimir.</translation>
    </message>
</context>
<context>
    <name>handout_counts</name>
    <message numerus="yes">
        <location filename="../../acupress_gui/ui/handout/handout_pages.py" line="-317"/>
        <source>%n point(s), in this order.</source>
        <translation>
            <numerusform>%n punto, en este orden.</numerusform>
            <numerusform>%n puntos, en este orden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>About %n minute(s) in all.</source>
        <translation>
            <numerusform>Alrededor de %n minuto en total.</numerusform>
            <numerusform>Alrededor de %n minutos en total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+296"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../acupress_gui/core/history.py" line="+113"/>
        <location line="+12"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the file or its folder is read-only</source>
        <translation>el archivo o su carpeta son de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be opened or created there</source>
        <translation>el archivo no se puede abrir ni crear ahí</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+1"/>
        <source>permission is denied</source>
        <translation>no hay permiso para hacerlo</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+1"/>
        <source>another program is using it</source>
        <translation>otro programa lo está usando</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>the disk reported a read or write error</source>
        <translation>el disco informó de un error de lectura o escritura</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not a history AcuPress can read</source>
        <translation>el archivo no es un historial que AcuPress pueda leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the disk quota is used up</source>
        <translation>se ha agotado la cuota de espacio en el disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its folder does not exist</source>
        <translation>su carpeta no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a file stands where its folder should be</source>
        <translation>hay un archivo donde debería estar su carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of a problem with the file that AcuPress cannot name (details are in the log)</source>
        <translation>hay un problema con el archivo que AcuPress no sabe precisar (los detalles están en el registro)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is not a history file AcuPress can read.</source>
        <translation>No es un archivo de historial que AcuPress pueda leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is shorter than it should be: part of it is missing.</source>
        <translation>Es más corto de lo que debería: falta una parte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is damaged: its integrity check found errors.</source>
        <translation>Está dañado: la comprobación de integridad encontró errores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It belongs to another application.</source>
        <translation>Pertenece a otra aplicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is empty, but the journal beside it holds data.</source>
        <translation>Está vacío, pero su diario de cambios, en la misma carpeta, contiene datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is missing, but the journal beside it holds data.</source>
        <translation>No existe, pero su diario de cambios, en la misma carpeta, contiene datos.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The session history {path} cannot be opened because {why}.</source>
        <translation>No se puede abrir el historial de sesiones {path} porque {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session history {path} cannot be updated to this version&apos;s format because {why}.</source>
        <translation>No se puede actualizar el historial de sesiones {path} al formato de esta versión porque {why}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The session history {path} cannot be saved because {why}.</source>
        <translation>No se puede guardar el historial de sesiones {path} porque {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session history {path} cannot be saved: the file or its folder is read-only.</source>
        <translation>No se puede guardar el historial de sesiones {path}: el archivo o su carpeta son de solo lectura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session history {path} cannot be saved: it is closed, or it was deleted and a new file could not be made.</source>
        <translation>No se puede guardar el historial de sesiones {path}: está cerrado, o se eliminó y no se pudo crear un archivo nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The session history {path} cannot be read because {why}.</source>
        <translation>No se puede leer el historial de sesiones {path} porque {why}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session history {path} cannot be read: it is closed, or it was deleted and a new file could not be made.</source>
        <translation>No se puede leer el historial de sesiones {path}: está cerrado, o se eliminó y no se pudo crear un archivo nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The session history {path} cannot be changed because {why}.</source>
        <translation>No se puede modificar el historial de sesiones {path} porque {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session history {path} cannot be changed: the file or its folder is read-only.</source>
        <translation>No se puede modificar el historial de sesiones {path}: el archivo o su carpeta son de solo lectura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session history {path} cannot be changed: it is closed, or it was deleted and a new file could not be made.</source>
        <translation>No se puede modificar el historial de sesiones {path}: está cerrado, o se eliminó y no se pudo crear un archivo nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The session history {path} cannot be cleared because {why}.</source>
        <translation>No se puede borrar el historial de sesiones {path} porque {why}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session history {path} cannot be cleared: the file or its folder is read-only.</source>
        <translation>No se puede borrar el historial de sesiones {path}: el archivo o su carpeta son de solo lectura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session history {path} cannot be cleared: it is closed, or it was deleted and a new file could not be made.</source>
        <translation>No se puede borrar el historial de sesiones {path}: está cerrado, o se eliminó y no se pudo crear un archivo nuevo.</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>The session history {path} can only be read: the file or its folder is read-only, so new holds cannot be saved there.</source>
        <translation>El historial de sesiones {path} solo se puede leer: el archivo o su carpeta son de solo lectura, así que no se pueden guardar en él presiones nuevas.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The session history {path} cannot be updated to this version&apos;s format because the file or its folder is read-only.</source>
        <translation>No se puede actualizar el historial de sesiones {path} al formato de esta versión porque el archivo o su carpeta son de solo lectura.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The session history {path} was deleted while AcuPress was running. The holds saved in it before are gone; new holds are saved in a new file.</source>
        <translation>El historial de sesiones {path} se eliminó mientras AcuPress estaba abierto. Las presiones que tenía guardadas se han perdido; las nuevas se guardan en un archivo nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The session history {path} was replaced by another file while AcuPress was running. The holds saved in it before are gone; new holds are saved in a new file.</source>
        <translation>El historial de sesiones {path} se sustituyó por otro archivo mientras AcuPress estaba abierto. Las presiones que tenía guardadas se han perdido; las nuevas se guardan en un archivo nuevo.</translation>
    </message>
    <message>
        <location line="+370"/>
        <source>Some holds saved in the history&apos;s journal could not be read back: the journal is damaged, and it could not be copied aside. Those holds are missing.</source>
        <translation>No se pudieron leer algunas presiones guardadas en el diario de cambios del historial: el diario está dañado y no se pudo guardar una copia aparte. Faltan esas presiones.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some holds saved in the history&apos;s journal could not be read back because the journal is damaged. A copy of it was kept, unchanged, as {copy}.</source>
        <translation>No se pudieron leer algunas presiones guardadas en el diario de cambios del historial porque el diario está dañado. Se conservó una copia, sin cambios, como {copy}.</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>The session history {path} was written by a newer version of AcuPress (format {version}; this version knows up to {newest}). It was left untouched: update AcuPress to see it and to save new sessions.</source>
        <translation>El historial de sesiones {path} lo creó una versión más reciente de AcuPress (formato {version}; esta versión conoce hasta el {newest}). No se ha modificado: actualice AcuPress para verlo y para guardar sesiones nuevas.</translation>
    </message>
</context>
<context>
    <name>map_layout</name>
    <message>
        <location filename="../../acupress_gui/ui/map/map_layout.py" line="+109"/>
        <source>Back of
the hand</source>
        <translation>Dorso de
la mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outer side
of the leg</source>
        <translation>Cara externa
de la pierna</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Neck and shoulders</source>
        <translation>Cuello y hombros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper back</source>
        <translation>Espalda alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buttock and sciatica</source>
        <translation>Glúteos y ciática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legs</source>
        <translation>Piernas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand</source>
        <translation>Mano</translation>
    </message>
</context>
<context>
    <name>red_flags</name>
    <message>
        <location filename="../../acupress_gui/core/red_flags.py" line="+38"/>
        <source>pain high in your back, between your shoulder blades</source>
        <translation>dolor en la parte alta de la espalda, entre los omóplatos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pain that began after an injury, such as a fall, a car accident or a blow</source>
        <translation>dolor que empezó después de una lesión, como una caída, un accidente de automóvil o un golpe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>numbness, tingling or weakness in your arms or legs that is new or spreading</source>
        <translation>entumecimiento, hormigueo o debilidad en los brazos o las piernas que son nuevos o se están extendiendo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hands that have become clumsy, or walking that has become unsteady</source>
        <translation>manos que se han vuelto torpes, o una forma de caminar que se ha vuelto inestable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trouble speaking, swallowing or seeing (for example seeing double)</source>
        <translation>dificultad para hablar, tragar o ver (por ejemplo, ver doble)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sudden, severe dizziness, or fainting</source>
        <translation>mareo repentino e intenso, o desmayo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a stiff neck together with a fever and a headache, a rash, or eyes that cannot bear bright light</source>
        <translation>cuello rígido junto con fiebre y dolor de cabeza, una erupción en la piel, u ojos que no soportan la luz intensa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a fever, or feeling generally unwell</source>
        <translation>fiebre, o malestar general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain that keeps getting worse over several weeks, or weight loss you cannot explain</source>
        <translation>dolor que no deja de empeorar a lo largo de varias semanas, o una pérdida de peso que no puede explicar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancer in the past, inflammatory arthritis (such as rheumatoid arthritis), tuberculosis or a weakened immune system</source>
        <translation>cáncer en el pasado, artritis inflamatoria (como la artritis reumatoide), tuberculosis o un sistema inmunitario debilitado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an operation on your neck in the past</source>
        <translation>una operación de cuello en el pasado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>numb or tingling skin between your legs: around your genitals, bottom or inner thighs, where a saddle would touch</source>
        <translation>piel entumecida o con hormigueo entre las piernas: alrededor de los genitales, las nalgas o la cara interna de los muslos, donde tocaría una silla de montar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>trouble starting to pass urine, or not being able to</source>
        <translation>dificultad para empezar a orinar, o no poder orinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>losing control of your bladder or bowels, or not feeling when they are full</source>
        <translation>perder el control de la vejiga o del intestino, o no notar cuándo están llenos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new trouble getting or keeping an erection or ejaculating, or less feeling in your genitals during sex</source>
        <translation>dificultad nueva para conseguir o mantener una erección o para eyacular, o menos sensibilidad en los genitales durante las relaciones sexuales</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pain, tingling, weakness or numbness in both legs, or legs that feel unsteady when you walk</source>
        <translation>dolor, hormigueo, debilidad o entumecimiento en las dos piernas, o piernas que se sienten inestables al caminar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chest pain</source>
        <translation>dolor en el pecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain that began after a serious fall or accident</source>
        <translation>dolor que empezó después de una caída o un accidente graves</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a fever, or feeling hot and shivery</source>
        <translation>fiebre, o sentir calor y escalofríos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight loss you cannot explain</source>
        <translation>una pérdida de peso que no puede explicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a lump, or a change in the shape of your back</source>
        <translation>un bulto, o un cambio en la forma de la espalda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain that is worse at night, or that resting or changing position does not ease</source>
        <translation>dolor que es peor por la noche, o que no se alivia al descansar ni al cambiar de postura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pain that gets worse when you cough, sneeze or strain on the toilet</source>
        <translation>dolor que empeora al toser, al estornudar o al hacer fuerza en el inodoro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancer in the past</source>
        <translation>cáncer en el pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a weakened immune system (for example from chemotherapy or long-term steroids), or injecting drugs</source>
        <translation>un sistema inmunitario debilitado (por ejemplo, por quimioterapia o por tomar corticoides de forma prolongada), o inyectarse drogas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a fall or strain, even a small one, when you have weak bones (osteoporosis) or take steroids long-term</source>
        <translation>una caída o una distensión, aunque sea leve, si tiene los huesos frágiles (osteoporosis) o toma corticoides de forma prolongada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>back pain for the first time when you are under 20 or over 50</source>
        <translation>dolor de espalda por primera vez si tiene menos de 20 años o más de 50</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New or unexplained pain between your shoulder blades, or pain there at night, needs a doctor&apos;s opinion before you press anything here. With chest pain or breathlessness, call your emergency number now. Help ▸ When to see a doctor lists every sign.</source>
        <translation>Un dolor nuevo o sin explicación entre los omóplatos, o un dolor en esa zona por la noche, necesita la opinión de un médico antes de que presione nada aquí. Si tiene dolor en el pecho o falta de aire, llame ahora a su número de emergencias. En Ayuda ▸ Cuándo ir al médico encontrará todas las señales.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New or unexplained pain between your shoulder blades, or pain there at night, needs a doctor&apos;s opinion before you press anything here. With chest pain or breathlessness, tell the staff at once or call your emergency number.</source>
        <translation>Un dolor nuevo o sin explicación entre los omóplatos, o un dolor en esa zona por la noche, necesita la opinión de un médico antes de que presione nada aquí. Si tiene dolor en el pecho o falta de aire, avise enseguida al personal o llame a su número de emergencias.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New or unexplained pain between your shoulder blades, or pain there at night, needs a doctor&apos;s opinion before you press anything here. With chest pain or breathlessness, call your emergency number now. “When to get help”, on this sheet, lists every sign.</source>
        <translation>Un dolor nuevo o sin explicación entre los omóplatos, o un dolor en esa zona por la noche, necesita la opinión de un médico antes de que presione nada aquí. Si tiene dolor en el pecho o falta de aire, llame ahora a su número de emergencias. «Cuándo buscar ayuda», en esta hoja, recoge todas las señales.</translation>
    </message>
</context>
<context>
    <name>sentences</name>
    <message>
        <location filename="../../acupress_gui/ui/common/sentences.py" line="+19"/>
        <source>{first} {then}</source>
        <extracomment>Two whole sentences one after the other: {first} already ends with its full stop. Write what your language puts between sentences (nothing in Chinese).</extracomment>
        <translation>{first} {then}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../acupress_gui/core/settings.py" line="+114"/>
        <source>it could not be read ({why})</source>
        <translation>no se pudo leer ({why})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it was written by a newer version of AcuPress</source>
        <translation>lo creó una versión más reciente de AcuPress</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>some of its values could not be used and were reset to their defaults</source>
        <translation>algunos de sus valores no se podían usar y se restablecieron a los predeterminados</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>AcuPress does not save its settings to {path}: {refusal}.</source>
        <translation>AcuPress no guarda la configuración en {path}: {refusal}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>AcuPress could not save its settings in {folder}: {why}.</source>
        <translation>AcuPress no pudo guardar la configuración en {folder}: {why}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{reason}, and it could not be kept aside ({why})</source>
        <translation>{reason}, y no se pudo guardar una copia aparte ({why})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it is not readable text</source>
        <translation>no es texto legible</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>it is nested too deeply to be settings</source>
        <translation>tiene demasiados niveles anidados para ser una configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is cut short or garbled</source>
        <translation>está incompleto o dañado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not hold settings</source>
        <translation>no contiene ninguna configuración</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>its version number is not one AcuPress writes</source>
        <translation>su número de versión no es uno de los que usa AcuPress</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder is read-only</source>
        <translation>la carpeta es de solo lectura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AcuPress is not allowed to write or read there</source>
        <translation>AcuPress no tiene permiso para escribir o leer ahí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk reported a problem</source>
        <translation>el disco informó de un problema</translation>
    </message>
</context>
</TS>
