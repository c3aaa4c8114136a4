<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../careerdesk/ui/about.py" line="+16"/>
        <source>&lt;h3&gt;Lab settings&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;How search works&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Cómo funciona la búsqueda&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Search looks for your words first in each career&apos;s title and other names, then in its work activities, tasks and description, and last in the technology it uses. Everyday words and wishes (“animals”, “no college”) are read through a list the CareerDesk team checked by hand, and shown above the results as “Understood” chips you can remove.&lt;/p&gt;&lt;p&gt;When you describe something in your own words and no career&apos;s name holds them, a small language model on this computer reads your words too: all-MiniLM-L6-v2 (sentence-transformers, Apache License 2.0). It has read every career&apos;s names, description and tasks, and it adds the careers whose meaning is closest to what you typed. Those say “close in meaning to what you typed”. It can be wrong, so careers whose names hold all your words always come first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La búsqueda busca tus palabras primero en el título de cada carrera y sus otros nombres, luego en sus actividades de trabajo, tareas y descripción, y al final en la tecnología que usa. Las palabras cotidianas y los deseos (“animales”, “sin universidad”) se leen con una lista que el equipo de CareerDesk revisó a mano, y se muestran sobre los resultados como etiquetas “Entendido” que puedes quitar.&lt;/p&gt;&lt;p&gt;Cuando describes algo con tus propias palabras y ningún nombre de carrera las contiene, un pequeño modelo de lenguaje en esta computadora también las lee: all-MiniLM-L6-v2 (sentence-transformers, Apache License 2.0). Ha leído los nombres, la descripción y las tareas de cada carrera, y añade las carreras cuyo significado se acerca más a lo que escribiste. Esas dicen “de significado cercano a lo que escribiste”. Puede equivocarse, así que las carreras cuyos nombres contienen todas tus palabras siempre van primero.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;p&gt;The same model keeps an interest&apos;s careers in order: for “music”, careers close to music in meaning (musicians, sound engineers) come before careers that only have the word in another name (a “Composer” who sets type for printing). And when your words name just one career (“zookeeper”), the careers most like it follow it, each saying “like Animal Caretakers”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El mismo modelo ordena las carreras de un interés: para “música”, las carreras cercanas a la música en significado (músicos, ingenieros de sonido) van antes que las que solo tienen la palabra en otro nombre (un “Composer” que compone tipos para imprimir). Y cuando tus palabras nombran una sola carrera (“zookeeper”), le siguen las carreras más parecidas, cada una con “parecida a: Animal Caretakers”.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;For a job title (“Carpentry Foreman”), a small scoring model has the last word on the order. The CareerDesk team fitted it on about 3,300 job titles whose right careers were judged by hand. It weighs where each career matched your words, how much of the title its other names hold (names ending in “Foreman” count for a foreman), how common the job is and, when the language model was asked, how close the career is in meaning. Careers found only through the technology they use still come last.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Para un título de puesto (“Carpentry Foreman”), un pequeño modelo de puntuación tiene la última palabra sobre el orden. El equipo de CareerDesk lo ajustó con unos 3,300 títulos de puesto cuyas carreras correctas se juzgaron a mano. Pesa dónde coincidió cada carrera con tus palabras, cuánto del título contienen sus otros nombres (los nombres que terminan en “Foreman” cuentan para un capataz), qué tan común es el trabajo y, cuando se consultó al modelo de lenguaje, qué tan cercana es la carrera en significado. Las carreras encontradas solo por la tecnología que usan siguen yendo al final.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;li&gt;&lt;b&gt;{name}&lt;/b&gt;, {release} — {publisher}. Licence: {licence}.&lt;br&gt;&lt;small&gt;{citation}&lt;/small&gt;&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;h2&gt;CareerDesk {version}&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;An offline career explorer for students and school counselors. It never connects to the internet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Data sources&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Careers database built {date} (schema {schema}).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;O*NET attribution&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About CareerDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiTab</name>
    <message>
        <location filename="../../careerdesk/ui/tabs/ai.py" line="+17"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{level}: about {share}% of the tasks; more exposed than {percentile}% of careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{answer} ({index} on a 0–1 scale, from {tasks} rated tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not available: O*NET has not rated this career&apos;s skills and abilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{level}: {index} out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AI assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;b&gt;All labels&lt;/b&gt; (exposure level + BLS outlook)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{question}: {share}</source>
        <translation>{question}: {share}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>How this is worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>takes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;&lt;b&gt;Job growth to 2034 (BLS):&lt;/b&gt; {outlook}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{question}: {score} on a scale from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace or assist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Human strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of AI chats</source>
        <translation>Parte de los chats con IA</translation>
    </message>
</context>
<context>
    <name>AlsoKnownAs</name>
    <message>
        <location filename="../../careerdesk/ui/profile_view.py" line="+69"/>
        <source>Also known as: {names}</source>
        <translation>También conocida como: {names}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Also known as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Also known as:&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;También conocida como:&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fewer</source>
        <translation>menos</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>{count} more…</source>
        <translation>{count} más…</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../careerdesk/ui/app.py" line="+154"/>
        <source>{reason} CareerDesk will work, but bookmarks and notes are kept only until it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About your saved data</source>
        <translation>Sobre tus datos guardados</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>CareerDesk cannot start</source>
        <translation>CareerDesk no puede iniciarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}

If you cannot do that, ask the person who set up this computer.</source>
        <translation>{reason}

Si no puedes hacerlo, pide ayuda a la persona que configuró esta computadora.</translation>
    </message>
</context>
<context>
    <name>BookmarksModel</name>
    <message>
        <location filename="../../careerdesk/ui/bookmarks_view.py" line="+100"/>
        <source> · note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ {career}
   added {date}{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{career}, bookmarked {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, has a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarksView</name>
    <message>
        <location line="-58"/>
        <source>{code} (no longer in the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Bookmarks of {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sort bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order the bookmarks by date added, title or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bookmarked careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your bookmarked careers with the date added; Enter opens one, and its note is shown beside the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+149"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own note about this career — saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note length</source>
        <translation type="vanished">Longitud de la nota</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to &amp;comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print list with notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparisons you saved by name; Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open saved comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete saved comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected career&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected career to the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected bookmark and its note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print your bookmarks with your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected saved comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected saved comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Sort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;h3&gt;Saved comparisons&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;h2&gt;Bookmarks of {person}&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-131"/>
        <source>&lt;p&gt;No bookmarks yet: press Ctrl+D or the ☆ button on a career to keep it here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+180"/>
        <source>&amp;Note about {career}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} de {limit} caracteres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count}: the note is full, so {left} characters were not added</source>
        <translation>{count}: la nota está llena, así que no se añadieron {left} caracteres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: your note is still here; copy it before closing CareerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareerListModel</name>
    <message>
        <location filename="../../careerdesk/ui/career_list.py" line="+85"/>
        <source>{career} — {code}. Press Enter or click to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareerListView</name>
    <message>
        <location line="+20"/>
        <source>Press Enter or click to open a career; Ctrl+K adds it to the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to &amp;comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../careerdesk/widgets/chart_canvas.py" line="+110"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../careerdesk/charts.py" line="+32"/>
        <source>% of the work (estimate)</source>
        <translation>% del trabajo (estimación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of workers surveyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Your score (0 to 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{title}: {shares}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time split not available.</source>
        <translation>Reparto del tiempo no disponible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Education levels not available.</source>
        <translation>Niveles de estudios no disponibles.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Time split not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Education levels not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Interest scores not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{area} {score} of 100, one of your top areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{area} {score} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your interest scores: {scores}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Interest scores not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../careerdesk/ui/compare_model.py" line="+37"/>
        <source>▲ highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼ lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● same for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{item}, same for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{row}, {count} items: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{career} ({code}). Double-click to open its profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTray</name>
    <message>
        <location filename="../../careerdesk/ui/compare_tray.py" line="+31"/>
        <source>Compare tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the picked careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the picked careers side by side (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the compare tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every picked career from the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{career} is already in the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A comparison holds at most {most} careers: remove one before adding {career}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added {career} to the comparison ({count} of {most}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove {career} from the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare ({count} of {most}):</source>
        <translation>Comparar ({count} de {most}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare: add two to four careers with Ctrl+K.</source>
        <translation>Comparar: añada de dos a cuatro carreras con Ctrl+K.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../careerdesk/ui/compare_view.py" line="+34"/>
        <source>▲ highest and ▼ lowest figure in a row (tinted only where more is better: pay, growth, openings); ● the same for every career. Click a career&apos;s name to choose its column; right-click it (or press the Menu key) for its actions; double-click to open its profile; drag names to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show only &amp;differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only rows that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the rows where every career has the same value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>&amp;Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-193"/>
        <source>&amp;Remove column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Move &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+195"/>
        <source>Move ri&amp;ght</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Close comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>☆ Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected career&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected career&apos;s column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected column left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected column right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark the selected column&apos;s career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this comparison under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comparison table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One column per career, one row per attribute; the highest and lowest figure in a row are marked, and items every career shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Careers compared: drag to reorder, double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The section and attribute of each row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The careers compared, one per column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>&lt;h2&gt;Comparing {count} careers&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Chosen career: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Carrera elegida: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen career: {title}</source>
        <translation>Carrera elegida: {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the profile of {title}</source>
        <translation>Abrir el perfil de {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {title} from the comparison</source>
        <translation>Quitar {title} de la comparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {title} one column left</source>
        <translation>Mover {title} una columna a la izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {title} one column right</source>
        <translation>Mover {title} una columna a la derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark {title}</source>
        <translation>Guardar {title} en marcadores</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Actions for {title}</source>
        <translation>Acciones para {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>☆ &amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove from the comparison</source>
        <translation>&amp;Quitar de la comparación</translation>
    </message>
    <message>
        <location line="+98"/>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparing {count} careers</source>
        <translation>Comparación de {count} carreras</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../careerdesk/comparison.py" line="+45"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>How the work divides</source>
        <translation>Cómo se reparte el trabajo</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Quick facts</source>
        <translation>Datos clave</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skills and abilities</source>
        <translation>Habilidades y capacidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education and training</source>
        <translation>Educación y formación</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="vanished">Salario</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation type="vanished">Perspectivas</translation>
    </message>
    <message>
        <source>AI assessment</source>
        <translation type="vanished">Evaluación de IA</translation>
    </message>
    <message>
        <location line="+441"/>
        <source>Key abilities</source>
        <translation>Capacidades clave</translation>
    </message>
    <message>
        <source>Technology skills</source>
        <translation type="vanished">Habilidades tecnológicas</translation>
    </message>
    <message>
        <location line="-440"/>
        <source>More about pay</source>
        <translation>Más sobre el salario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many people do this work</source>
        <translation>Cuántas personas hacen este trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI in more detail</source>
        <translation>La IA en detalle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technology they use</source>
        <translation>Tecnología que usan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also known as</source>
        <translation>También llamado</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>unknown section {sections} (choose from {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>pick at least {minimum} different careers to compare (got {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>compare at most {maximum} careers at a time (got {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>compare at most {maximum} careers at a time; remove one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a comparison needs at least {minimum} careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{code} is not in this comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>{pay}, {state}</source>
        <translation>{pay}, {state}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{pay} (U.S.)</source>
        <translation>{pay} (EE. UU.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In short</source>
        <translation>En resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top main tasks</source>
        <translation>Tareas principales</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{level} ({zone} of 5)</source>
        <translation>{level} ({zone} de 5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program: learned on the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{programs} (and {count} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Typical pay an hour, U.S.</source>
        <translation>Salario típico por hora, EE. UU.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Typical pay a year, U.S.</source>
        <translation>Salario típico al año, EE. UU.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{low} to {high} a year</source>
        <translation>de {low} a {high} al año</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People in this job in 2024</source>
        <translation>Personas en este trabajo en 2024</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Top skills</source>
        <translation>Habilidades principales</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Other job titles</source>
        <translation>Otros nombres del puesto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both</source>
        <translation>Ambas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All three</source>
        <translation>Las tres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All four</source>
        <translation>Las cuatro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{all} use</source>
        <translation>{all} usan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{all} need</source>
        <translation>{all} necesitan</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>only the shared ones above</source>
        <translation>solo las compartidas de arriba</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Descripción</translation>
    </message>
    <message>
        <source>Top core tasks</source>
        <translation type="vanished">Tareas principales</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Share of the work (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median annual pay</source>
        <translation type="vanished">Salario anual mediano</translation>
    </message>
    <message>
        <source>Median hourly pay</source>
        <translation type="vanished">Salario por hora mediano</translation>
    </message>
    <message>
        <source>Employment 2024</source>
        <translation type="vanished">Empleo 2024</translation>
    </message>
    <message>
        <source>Openings each year</source>
        <translation type="vanished">Vacantes cada año</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{percent} of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+3"/>
        <source>not rated by O*NET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strongest interests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../careerdesk/ui/dialogs.py" line="+54"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EducationTab</name>
    <message>
        <location filename="../../careerdesk/ui/tabs/education.py" line="+25"/>
        <source>Education &amp; training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required education chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to get there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explore these programs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explore these programs: what each one is and every career it leads to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../careerdesk/file_output.py" line="+32"/>
        <location line="+117"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>the file is larger than this account may write</source>
        <translation>el archivo es más grande de lo que esta cuenta puede escribir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a device, not a file</source>
        <translation>es un dispositivo, no un archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a pipe (FIFO), not a file</source>
        <translation>es una tubería (FIFO), no un archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a socket, not a file</source>
        <translation>es un socket, no un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not an ordinary file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write {file}: {reason}</source>
        <translation>no se puede escribir {file}: {reason}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the file came out incomplete (is the disk full?)</source>
        <translation>el archivo quedó incompleto (¿está lleno el disco?)</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../careerdesk/formatting.py" line="+11"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{money} or more</source>
        <translation>{money} o más</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>fewer than {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>little or no preparation after high school</source>
        <translation>poca o ninguna preparación después de la secundaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about a month or less</source>
        <translation>un mes o menos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to about three months</source>
        <translation>hasta unos tres meses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a few months to a year</source>
        <translation>de unos meses a un año</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>about {high} years</source>
        <translation>unos {high} años</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less than a year to {high} years</source>
        <translation>de menos de un año a {high} años</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{low} to {high} years</source>
        <translation>de {low} a {high} años</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>less than 1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsideTab</name>
    <message>
        <location filename="../../careerdesk/ui/tabs/inside.py" line="+18"/>
        <source>Inside this career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside</source>
        <translation>Por dentro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How the work divides chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interests</name>
    <message>
        <location filename="../../careerdesk/interests.py" line="+43"/>
        <source>Building and fixing (Realistic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding things out (Investigative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating (Artistic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helping people (Social)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leading and persuading (Enterprising)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizing (Conventional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Making new things of your own, such as pictures, music, stories, shows, designs or food, where your ideas and style matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working with people to teach, care for, advise or help them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Hands-on work: building, fixing, driving or growing things with tools, machines, plants or animals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding out how things work by testing ideas and solving problems in science, health or math.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leading people and projects, selling and making choices, often in business or law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeping records, money and computer files in order by following clear steps and rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How your scores work: each activity you like counts 2 points, &quot;not sure&quot; 1 and dislike 0. An area&apos;s score is the average over the activities you answered in it, shown from 0 (disliked them all) to 100 (liked them all); skipped activities are left out, and an area with no answers has no score. The activities are O*NET&apos;s illustrative activities for the six interest areas (O*NET 29.3 Database); CareerDesk chose seven per area. How careers are matched: O*NET rates how well each of the six areas describes the work of a career, from 1 to 7 (O*NET 29.3 Database, Interests, Occupational Interests scale; the ratings as O*NET publishes them, made with its machine-learning method). CareerDesk compares the shape of your six scores with the shape of each career&apos;s six ratings (a Pearson correlation r): a career fits when it is strong where you are strong and weak where you are weak. Fit is (r + 1) × 50, from 0 (opposite shapes) to 100 (the same shape); careers with the same fit are ordered by their rating in your highest area. &quot;Why it fits&quot; lists your top areas that O*NET rates the career 4 or more in (or rates highest); your top areas are your best scores of 50 or more, up to three, where areas with equal scores count together. Careers O*NET has not rated for interests are left out, and, when you choose how much preparation you are willing to do, so are careers that need more (O*NET job zones) or have no job zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scores: each activity you like counts 2 points, &quot;not sure&quot; 1 and dislike 0, averaged over the activities you answered in an area and shown from 0 to 100. Fit: how closely your six scores rise and fall with the career&apos;s six O*NET interest ratings (O*NET 29.3 Database, Occupational Interests; a Pearson correlation r, fit = (r + 1) × 50). The full method is under &quot;How this works&quot; in CareerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>answers must map question ids to like, unsure or dislike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown question id {id} (ids look like R-01; &apos;careerdesk interests questions&apos; lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer to {id} must be like, unsure or dislike, not {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the preparation must be a job zone from 1 to 5, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the limit must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answer activities in at least three of the six areas to see matching careers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your scores are the same in every area you answered, so they cannot show which careers fit you better. Try answering with more likes and dislikes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterestsController</name>
    <message>
        <location filename="../../careerdesk/ui/interests_controller.py" line="+121"/>
        <source>What would you enjoy? — CareerDesk — {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>My interests — CareerDesk — {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your {done} answers of {total} are saved. Open the quiz again (Ctrl+I) to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This clears all your quiz answers and results, and the quiz starts again from the first activity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterestsView</name>
    <message>
        <location filename="../../careerdesk/ui/interests_view.py" line="+65"/>
        <source>My interests: scores and careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shares your top interests: {areas}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strong and weak in much the same areas as you, overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>fit {fit} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Your interest quiz results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retake the quiz…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear your answers and take the quiz again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print “My interests”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one page with your scores, chart and best-fitting careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to s&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chart of your interest scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparation you are willing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only careers that need up to this much preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any amount of preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All careers, whatever preparation they need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Careers that fit your interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best fit first. Enter opens a career; Ctrl+K adds it to the comparison; Ctrl+D bookmarks it; Shift+F1 explains the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What do these &amp;words mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected career&apos;s profile (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add to comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected career to the comparison (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark the selected career, or remove its bookmark (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;How much preparation are you willing to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;h3&gt;The six interest areas&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;How this works&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>None of the six areas stands out from your answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your top interest area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your top interest areas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made from your answers to {answered} of {total} activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-131"/>
        <source>&lt;h2&gt;What you would enjoy&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Each score runs from 0 (you disliked every activity of the area) to 100 (you liked them all). ★ marks your top areas. How this works: below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{score} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No careers with this preparation fit: choose more preparation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-147"/>
        <source>&lt;h3&gt;Careers that fit you&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+142"/>
        <source>&lt;p&gt;The {count} best fits of {compared} careers, best first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>My interests — {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>What these words mean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabConfig</name>
    <message>
        <location filename="../../careerdesk/labconfig.py" line="+72"/>
        <source>No lab settings file (careerdesk.ini) on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab settings from {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>state: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper: {paper}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>guest only: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set: {settings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{variable} names {file}, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lab settings not read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file}: not read ({reason}); no lab settings used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not an ordinary file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>larger than {size} KB: not a settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not UTF-8 text: byte {number} cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{file} line {number}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a section header: {line}; the settings after it are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown section [{section}] (the settings go in [{expected}]); its settings are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a setting (expected: name = value): {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>setting {key} comes before [{section}]; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown setting {key} (did you mean {suggestion}?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown setting {key}</source>
        <translation>ajuste desconocido {key}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{key} is already set on line {line}; this line is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{key}: {reason}; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value} is not a state this database has wages for (write the full name, e.g. Ohio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not {first} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is not yes or no (or true/false, on/off, 1/0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{variable} is not set in the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not a full path (start it with / or a drive letter, or ~ for the user&apos;s home folder)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <location filename="../../careerdesk/links.py" line="+19"/>
        <source>Occupational Outlook Handbook (BLS)</source>
        <translation>Manual de Perspectivas Ocupacionales (BLS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BLS wages (OEWS)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../careerdesk/ui/app.py" line="+17"/>
        <location filename="../../careerdesk/ui/main_window.py" line="+376"/>
        <location line="+247"/>
        <source>CareerDesk — {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/ui/window_commands.py" line="+100"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the previous career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the next profile tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>&amp;Add to comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the open career, or the selected result, to the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare picked careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the picked careers side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the open profile or comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the printout before printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the open profile or comparison as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make all text bigger (up to 200%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make all text smaller (down to 75%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text at the system&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/ui/main_window.py" line="-386"/>
        <source>Zoom {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/ui/window_commands.py" line="+24"/>
        <source>&amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark the open career or the selected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your bookmarked careers, notes and saved comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Save comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this comparison under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Switch person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who is using CareerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Export my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your bookmarks, notes and comparisons to one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add bookmarks, notes and comparisons from an export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Print bookmarks with notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;System colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light or dark colours, as this computer is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Light colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark text on light backgrounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light text on dark backgrounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White text on black, with yellow selection and focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print your bookmark list with your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Remove my data from this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete your profile and everything in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tart page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ways in: the interest quiz, fields, careers without college, your careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What would you enjoy? (&amp;interest quiz)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate activities and see careers that fit your interests, or see your saved results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to stud&amp;y (programs)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs of study, such as nursing or welding, and the careers they lead to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Next &amp;area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the next part of the window: search box, results, page, comparison tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous a&amp;rea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the previous part of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is &amp;Bright Outlook?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which careers are marked with a bright outlook, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About CareerDesk</source>
        <translation>&amp;Acerca de CareerDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version, data sources and the O*NET attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-89"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close CareerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/ui/main_window.py" line="-113"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;My data</source>
        <translation>&amp;Mis datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>No career with code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{career} — CareerDesk — {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>What is Bright Outlook?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Press Ctrl+P to print this comparison, or Ctrl+Shift+P to see it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To print a comparison: find a career, press Ctrl+K to add it, add one to three more, press Ctrl+Shift+K to compare, then Ctrl+P. Or open a saved comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open or select a career to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>CareerDesk cannot show this career</source>
        <translation>CareerDesk no puede mostrar esta carrera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{career} cannot be shown: its part of the careers database is damaged.</source>
        <translation>No se puede mostrar {career}: su parte de la base de datos de carreras está dañada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The careers database is damaged</source>
        <translation>La base de datos de carreras está dañada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the careers database is damaged, so some careers or searches may not work.</source>
        <translation>Parte de la base de datos de carreras está dañada: es posible que algunas carreras o búsquedas no funcionen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the person who set up this computer to reinstall CareerDesk, or to copy a fresh careers.db over {path}.</source>
        <translation>Pide a la persona que configuró esta computadora que reinstale CareerDesk o que copie un careers.db nuevo sobre {path}.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Comparison — CareerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Open a career or a comparison to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open or select a career to bookmark it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bookmarked {career}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed the bookmark for {career}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bookmarks — CareerDesk — {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a comparison to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name this comparison:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved the comparison as “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/ui/user_data_commands.py" line="+48"/>
        <source>Guest only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer CareerDesk keeps no named profiles: your data is removed when CareerDesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/ui/main_window.py" line="+4"/>
        <source>Now using CareerDesk as {person}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/ui/user_data_commands.py" line="+11"/>
        <source>Export my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>CareerDesk data (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove my data from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {person}&apos;s bookmarks, notes and saved comparisons from this computer for good? Export them first if you want to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person}&apos;s data was removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/ui/main_window.py" line="+6"/>
        <source>Could not save: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CareerDesk could not save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <location filename="../../careerdesk/ui/interests_view.py" line="-343"/>
        <source>{career} — {fit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number}. {career}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source> Bookmarked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{career}, {fit}.{bookmarked} {why}. {glance}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meter</name>
    <message>
        <location filename="../../careerdesk/widgets/meter.py" line="+83"/>
        <source> (scale from {low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outlook</name>
    <message>
        <location filename="../../careerdesk/outlook.py" line="+143"/>
        <source>grows rapidly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>many job openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Does not meet the Bright Outlook criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>projected to grow much faster than average ({change} from 2024 to 2034)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a large number of job openings (about {openings} a year, {total} over 2024–34)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bright outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bright Outlook (O*NET&apos;s criteria, applied to the BLS projections 2024–34): projected to grow much faster than average ({growth} or more) or to have {openings} or more job openings over the ten years ({a_year} a year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The growth figure is CareerDesk&apos;s reading of O*NET&apos;s criteria, not a number from O*NET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bright Outlook marks careers where new job opportunities are likely in the next several years. It is a mark of the O*NET program of the U.S. Department of Labor; CareerDesk applies O*NET&apos;s published criteria to the BLS Employment Projections 2024–34 in its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A career has a bright outlook when its occupation meets at least one of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grows rapidly: employment is projected to grow much faster than the average for all occupations, that is by {growth} or more from 2024 to 2034 (the average is {average}). This percentage is not a number from O*NET: CareerDesk works it out from O*NET&apos;s criteria and its job outlook categories, which call some careers growing by 5% or more &quot;Average&quot;, not Bright. So a career close to the line may be marked differently on O*NET&apos;s own websites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Many job openings: {openings} or more job openings are expected from 2024 to 2034. This counts new jobs and jobs that open when workers retire or change careers. BLS gives a yearly average, so that is {a_year} or more a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>O*NET&apos;s third criterion is for new and emerging jobs in fast-growing industries. CareerDesk has no data for it, so it is not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BLS publishes its figures for SOC occupations, the government&apos;s groups of similar jobs. Careers that share one SOC occupation share its figures and its badge. Careers without BLS projections show none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sources: O*NET Resource Center, Bright Outlook criteria, {criteria}; O*NET Web Services, job outlook categories for 2024–34, {categories}; U.S. Bureau of Labor Statistics, Employment Projections 2024–34, Table 1.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What is Bright Outlook?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayTab</name>
    <message>
        <location filename="../../careerdesk/ui/tabs/pay.py" line="+20"/>
        <location line="+1"/>
        <source>Pay &amp; outlook</source>
        <translation>Sueldo y perspectivas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pay in your state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a state to see its median pay for this career; it is remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median pay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not available: BLS publishes no figure for {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a state to see its median pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{annual} a year ({hourly} an hour); {count} workers in {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More about this kind of work and its outlook: &lt;a href=&apos;{url}&apos;&gt;Occupational Outlook Handbook&lt;/a&gt; (BLS; opens in your web browser and needs the internet).</source>
        <translation type="vanished">Más sobre este trabajo y sus perspectivas: &lt;a href=&apos;{url}&apos;&gt;Manual de Perspectivas Ocupacionales&lt;/a&gt; (BLS; se abre en su navegador y necesita internet).</translation>
    </message>
    <message>
        <source>Occupational Outlook Handbook page (needs the internet)</source>
        <translation type="vanished">Página del Manual de Perspectivas Ocupacionales (necesita internet)</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../careerdesk/ui/print_actions.py" line="+149"/>
        <source>Choose at least one section to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print preview: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No printer</source>
        <translation>No hay impresora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No printer is set up on this computer. Save as PDF instead?</source>
        <translation>Esta computadora no tiene ninguna impresora. ¿Guardar como PDF?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save as PDF: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF could not be saved to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved {count} page(s) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CareerDesk — {name}</source>
        <translation>CareerDesk — {name}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The printer {printer} cannot print on {paper} paper.</source>
        <translation>La impresora {printer} no puede imprimir en papel {paper}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not send the printout to the printer {printer}.</source>
        <translation>No se pudo enviar la impresión a la impresora {printer}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not print</source>
        <translation>No se pudo imprimir</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../../careerdesk/ui/print_options.py" line="+25"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepared for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the student&apos;s name (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../careerdesk/ui/print_document.py" line="+359"/>
        <source>cannot start painting (is the file writable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot start a new page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/printouts.py" line="+216"/>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Bookmarks of {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>My interests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../careerdesk/profile.py" line="+183"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/sections.py" line="+64"/>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inside this career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>How the work divides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Education and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills and abilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technology skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>BLS OEWS, May 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLS projections 2024–34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{label}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{fact}. {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{in_demand}: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{description} (O*NET: {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{main} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{main}: the top {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{other} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CareerDesk lists {more} more main tasks and {other} other tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CareerDesk lists {more} more tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not available: O*NET lists no tasks for this career, so CareerDesk has no narrative for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{publisher}: {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none after high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{years} after high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{level} ({zone} of 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O*NET: {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time to get ready: how this is worked out. {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>O*NET has not rated how much preparation this career needs: not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>BLS&apos;s wage survey (OEWS, May 2025) publishes no figures for this career, so pay is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+82"/>
        <source>BLS: {term}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Typical pay a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typical pay an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pay of most workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The share of people in this job who work for the government. That means a city, state or federal office, a public school or hospital, or the Post Office (BLS, May 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{low} – {high} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <source>People in this job (May 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Typical pay in {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{people} in 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{people} in 2034 (expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>too few chats to count</source>
        <translation>muy pocos chats para contarlos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less than 0.01% of the chats</source>
        <translation>menos del 0,01 % de los chats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent} of the chats</source>
        <translation>{percent} de los chats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} (from {matched} of this job&apos;s {tasks} tasks)</source>
        <translation>{share} (según {matched} de las {tasks} tareas de este trabajo)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{star} {word}: {meaning} That is {hot} of the {total} here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{label}”: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>How to get there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn from BLS&apos;s entry education, work experience and training, the first program NCES links to the career, the typical time to get ready and the next steps CareerDesk lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} more programs also lead to this career.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Programs to start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Later, after a degree: residencies and fellowships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} more residencies and fellowships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{field}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Codes: O*NET-SOC {code}; SOC {soc}; BLS figures: combined group SOC {line} {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Codes: O*NET-SOC {code}; SOC {soc} (BLS publishes no figures for it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codes: O*NET-SOC {code}; BLS figures: SOC {soc} {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-574"/>
        <source> … and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Quick facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What to study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+206"/>
        <source>not available: not rated by O*NET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>O*NET does not list tasks for this career: not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tasks ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Editorial: written by the CareerDesk team in their own words from the facts of the reference career page and the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written from the data by CareerDesk: composed from this career&apos;s O*NET, BLS and AI-research figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Also: the narrative written from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not available: O*NET lists no tasks for this career.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label}: {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Share of workers surveyed by O*NET who said each level of education is required for the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+233"/>
        <source>Not available for this career.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-232"/>
        <source>Education that workers say the job needs (O*NET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>10th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>25th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>75th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not available: BLS publishes only an hourly figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jobs with government employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BLS: OEWS by industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The 10th percentile means 10% of workers earn less than this; the 90th, that 10% earn more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{low} – {high} an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BLS publishes no projection for this career: not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bright Outlook (O*NET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>More about this kind of work and its outlook</source>
        <translation>Más sobre este trabajo y sus perspectivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occupational Outlook Handbook</source>
        <translation>Manual de Perspectivas Ocupacionales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{level}: about {percent} of the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{answer} ({index} on a scale from 0 to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not available: O*NET has not rated this career&apos;s abilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{level} ({index} of 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not available: the study counted chats by task, and O*NET lists no tasks for this career.</source>
        <translation>No disponible: el estudio contó los chats por tarea, y O*NET no da tareas para esta carrera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available: only {matched} of this job&apos;s {tasks} tasks are in the older task list the study used.</source>
        <translation>No disponible: solo {matched} de las {tasks} tareas de este trabajo están en la lista de tareas antigua que usó el estudio.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An AI assessment is not available for this career, because the research it rests on rates only careers with O*NET tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>O*NET lists no tasks for this career, so the measures that rate its tasks are not available. Microsoft&apos;s score is for its SOC occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{score} on a scale from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Abilities are lasting talents that help a person do the work. These are the ones O*NET rates most important for this career.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills are learned: they grow with practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subjects the work draws on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <location filename="../../careerdesk/ui/profile_chooser.py" line="+40"/>
        <source>Who is using CareerDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Who is using CareerDesk?&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Your bookmarks, notes and saved comparisons are kept under your name on this computer, apart from other people&apos;s. A guest&apos;s are never saved: they are gone when CareerDesk closes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profiles on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Continue as the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your first name or a nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue as &amp;guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>People with a profile here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or make a new profile:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <location filename="../../careerdesk/ui/profile_view.py" line="+32"/>
        <source>Bright outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bright Outlook career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Field: {group}</source>
        <translation>Campo: {group}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{reasons} (figures for the combined BLS group “{group}”, which counts {career} together with similar jobs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reasons} (figures for the SOC occupation {soc}, the government&apos;s job group that {career} shares with other careers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This career&apos;s outlook is bright: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press to read what Bright Outlook means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press to read what Bright Outlook means and where the rule comes from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../careerdesk/ui/tabs/base.py" line="+91"/>
        <source>{career}: {tab}</source>
        <translation>{career}: {tab}</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>What does this mean? Tab to a figure and press Enter (or point at it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{text}: &lt;a href=&apos;{url}&apos;&gt;{title}&lt;/a&gt; (opens in your web browser and needs the internet).</source>
        <translation>{text}: &lt;a href=&apos;{url}&apos;&gt;{title}&lt;/a&gt; (se abre en su navegador y necesita internet).</translation>
    </message>
    <message>
        <source>{title} (needs the internet)</source>
        <translation type="vanished">{title} (necesita internet)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{label}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+16"/>
        <source>{star} {hot}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../careerdesk/ui/profile_view.py" line="+28"/>
        <source>Profile sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sections of this career&apos;s profile; Ctrl+Tab shows the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows the tabs that do not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add to &amp;comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this career to the comparison (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this career to the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bookmark this career (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+2"/>
        <source>What does this mean?</source>
        <translation>¿Qué significa esto?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>★ Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☆ Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark this career</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramsDialog</name>
    <message>
        <location filename="../../careerdesk/ui/programs_view.py" line="+78"/>
        <source>What to study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to study: programs and the careers they lead to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a program: nursing, welding, computer science…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a program of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programs of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the program is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Careers this program leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typical pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Education to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job growth to 2034</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to &amp;comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen career&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the chosen career to the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is, and where it leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{count} programs lead to {career}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No program matches “{text}”. Try one word, such as nursing or welding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{field} · CIP code {cip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>NCES gives no definition for this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NCES&apos;s definition of “{title}” (CIP {cip}): {about}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{program} leads to {count} careers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickFacts</name>
    <message>
        <location filename="../../careerdesk/quick_facts.py" line="+51"/>
        <source>{heading}: {value}</source>
        <translation>{heading}: {value}</translation>
    </message>
</context>
<context>
    <name>QuickFactsStrip</name>
    <message>
        <location filename="../../careerdesk/widgets/quick_facts.py" line="+108"/>
        <source>Quick facts</source>
        <translation>Datos clave</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../careerdesk/ui/quiz_view.py" line="+37"/>
        <source>Like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dislike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Interest quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;What would you enjoy?&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Rate each activity: would you enjoy doing it? There are no right or wrong answers, and you don&apos;t need to know how to do it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Would you enjoy this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{answer} (key {key} or {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keys: &lt;b&gt;L&lt;/b&gt; like, &lt;b&gt;N&lt;/b&gt; not sure, &lt;b&gt;D&lt;/b&gt; dislike (or 1, 2, 3). &lt;b&gt;Backspace&lt;/b&gt; goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The activity before (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next activity (once this one is rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See my &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show your scores and matching careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop and finish later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answers are saved as you go: come back to finish any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear your answers and start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <source>Your answers are saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your last answer could not be saved: your answers stay here until CareerDesk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Activity {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{done} of {total} rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} of {total} activities rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No activities to rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Activity {number} of {total}: {activity}. Key {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go back to the activity before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your scores and matching careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the quiz; your answers stay saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear every answer and begin again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedTab</name>
    <message>
        <location filename="../../careerdesk/ui/tabs/related.py" line="+79"/>
        <location line="+37"/>
        <location line="+3"/>
        <source>Related careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Related</source>
        <translation>Relacionadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Very close to this career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close to this career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{money} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{money} an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pay: {money}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Education: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{level} ({zone} of 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A bit more preparation: {level}. Pays more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bit more preparation: {level}. Pays about the same or a little more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bit more preparation: {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same preparation: {level}. Pays at least 10% more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>How we pick next steps: each one is a related career that is the same kind of work. It needs the same preparation or one level more, never a big jump. It needs at most 4 more years of school, so not medical school after nursing. It also pays at least as much. Same kind of work means O*NET puts it among the 10 careers closest to this one, or it is in the same job family, or it fits the same main interest. If it needs no more preparation, it must pay at least 10% more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>For comparison, this career: pay {money}, preparation {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No next steps here. None of the related careers fits the rule above: they need much more preparation or school, pay less, are a different kind of work, or their figures are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>O*NET&apos;s list of careers like this one, the closest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>O*NET lists no related careers for this one: not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay is the median for the whole country: half of workers earn more, half earn less (BLS, May 2025). Education is what most people need to start (BLS). Preparation is O*NET&apos;s job zone, from 1 (little or none) to 5 (a great deal). Press Enter or click to open a career; Ctrl+K or right-click adds it to the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the web (needs the internet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These open in your web browser, only when you click one. CareerDesk itself never goes online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{closeness}. Preparation: {level}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../careerdesk/report.py" line="+38"/>
        <source>▲ highest</source>
        <translation>▲ el más alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▼ lowest</source>
        <translation>▼ el más bajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● shared by all careers</source>
        <translation>● común a todas las carreras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{highest} and {lowest}: the highest and lowest figure in a row. {shared}. A missing figure reads “{not_available}”.</source>
        <translation>{highest} y {lowest}: la cifra más alta y la más baja de una fila. {shared}. Una cifra que falta se lee «{not_available}».</translation>
    </message>
    <message>
        <location line="+687"/>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-617"/>
        <source>Prepared for: </source>
        <translation>Preparado para: </translation>
    </message>
    <message>
        <location line="+95"/>
        <source>State pay: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing only the rows where the careers differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Source: {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(SOC {soc}) for {title}.</source>
        <translation type="vanished">(SOC {soc}) para {title}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the work divides is CareerDesk&apos;s estimate from each career&apos;s O*NET tasks and work activities, not measured hours.</source>
        <translation>El reparto del trabajo es una estimación de CareerDesk a partir de las tareas y actividades de O*NET de cada carrera, no horas medidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O*NET-SOC codes: {codes}.</source>
        <translation>Códigos O*NET-SOC: {codes}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sources and notes</source>
        <translation>Fuentes y notas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sources and notes are at the end.</source>
        <translation>Las fuentes y notas están al final.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+357"/>
        <source>Career</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <location line="-347"/>
        <source>Comparing {count} careers</source>
        <translation>Comparación de {count} carreras</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>{text}: {title},</source>
        <translation>{text}: {title},</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(More in CareerDesk.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{heading}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not available for this career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+1"/>
        <source>O*NET 29.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLS pay 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLS outlook 2024–34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>AI studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>CareerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>{name} ({release}): {publisher}; {licence}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-358"/>
        <source>{title}: {group} (SOC {soc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data: {sources}</source>
        <translation>Datos: {sources}</translation>
    </message>
    <message>
        <location line="+377"/>
        <source>NCES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sources: {sources}; full list at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The interest quiz of {owner}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{answered} of {total} activities rated. Careers picked for: {preparation}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any amount of preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{score} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scores, 0 to 100: {scores}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your interest scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your top areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None of the six areas stands out from these answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The {count} careers that fit you best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Careers that fit you best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Career and why it fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shares: {areas}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strong and weak in much the same areas as you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No careers fit with this preparation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How this works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More about this work, online: the Occupational Outlook Handbook, {url}</source>
        <translation type="vanished">Más sobre este trabajo, en internet: el Manual de Perspectivas Ocupacionales, {url}</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Printed {date} with CareerDesk (data built {built}).</source>
        <translation>Impreso el {date} con CareerDesk (datos generados el {built}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed {date} with CareerDesk.</source>
        <translation>Impreso el {date} con CareerDesk.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Data: {sources}.</source>
        <translation>Datos: {sources}.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{code} · added {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No bookmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks of {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} careers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsibilitiesTab</name>
    <message>
        <location filename="../../careerdesk/ui/tabs/responsibilities.py" line="+14"/>
        <location line="+1"/>
        <source>Responsibilities</source>
        <translation>Responsabilidades</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../careerdesk/ui/results_model.py" line="+112"/>
        <source> Bookmarked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{career}.{bookmarked} {matched}. {glance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shift+F1 explains the words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{career}: {matched}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../careerdesk/search/engine.py" line="+621"/>
        <source>like {title}</source>
        <translation>parecida a: {title}</translation>
    </message>
    <message>
        <location filename="../../careerdesk/search/browsing.py" line="+59"/>
        <source>in {group}</source>
        <translation>en {group}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{share} of its jobs with government employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>starts with a certificate</source>
        <translation>empieza con un certificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts with a bachelor&apos;s degree</source>
        <translation>empieza con un título universitario de cuatro años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with an associate&apos;s degree</source>
        <translation>empieza con un título de dos años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learned in an apprenticeship</source>
        <translation>se aprende como aprendiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learned on the job</source>
        <translation>se aprende en el trabajo</translation>
    </message>
    <message>
        <location filename="../../careerdesk/search/explain.py" line="+59"/>
        <source>activity: {activity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also called: {title}</source>
        <translation>también llamado: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>technology: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>task: {task}</source>
        <translation>tarea: {task}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../../careerdesk/ui/selftest.py" line="+100"/>
        <location filename="../../careerdesk/search/explain.py" line="+4"/>
        <source>close in meaning to what you typed</source>
        <translation>de significado cercano a lo que escribiste</translation>
    </message>
    <message>
        <location filename="../../careerdesk/search/explain.py" line="+2"/>
        <source>supervises: {work}</source>
        <translation>supervisa: {work}</translation>
    </message>
    <message>
        <location filename="../../careerdesk/ui/results_model.py" line="-62"/>
        <location filename="../../careerdesk/search/explain.py" line="-4"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../careerdesk/search/explain.py" line="+7"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/ui/results_model.py" line="+2"/>
        <location filename="../../careerdesk/search/explain.py" line="+3"/>
        <source>{why} · {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/search/explain.py" line="+3"/>
        <source>matched {found} of {total} words · {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/search/wishes.py" line="+86"/>
        <source>Understood: no college degree needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Understood: a two-year degree at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Understood: a bachelor&apos;s degree at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Understood: highest pay first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Understood: most job openings first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Understood: good benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Understood: no years of work experience needed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Understood: a good job (not among the lowest-paid quarter of careers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Understood: growing faster than average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Understood: growing fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Understood: well paid (the top quarter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/search/phrases.py" line="+122"/>
        <source>Understood: {meaning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Understood: not {meaning}</source>
        <translation>Entendido: no {meaning}</translation>
    </message>
    <message>
        <location filename="../../careerdesk/search/programs.py" line="+54"/>
        <source>Program of study: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/search/places.py" line="+67"/>
        <source>Understood: careers common in {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Understood: careers common in {state} ({city})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{times} times as common in {state} as in the US ({jobs} jobs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../careerdesk/ui/search_panel.py" line="+43"/>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay (highest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growth (fastest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openings (most first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Search careers: a job title, a task, a skill…</source>
        <translation>Buscar carreras: un puesto, una tarea, una habilidad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search careers</source>
        <translation>Buscar carreras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a job title, task or skill. Results update as you type; press Down to move to the results and Enter to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading careers…</source>
        <translation>Cargando las carreras…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Careers found, best first, each with why it matched, its pay, the education to start and its outlook. Enter opens one; Ctrl+K adds it to the comparison; Ctrl+D bookmarks it; Shift+F1 explains the words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show filters and sorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrow the careers by field, education, preparation, outlook, AI exposure or pay, and choose how results are sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>What the search understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What your words were read as. Press Enter on one to search without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Show only careers with this value; Any shows all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Major group filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Education:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preparation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Education to start filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+538"/>
        <source>Take the interest quiz</source>
        <translation>Haz el test de intereses</translation>
    </message>
    <message>
        <location line="-536"/>
        <location line="+538"/>
        <source>Rate activities and see careers that fit your interests (about 5 minutes)</source>
        <translation>Valora actividades y descubre carreras que encajan con tus intereses (unos 5 minutos)</translation>
    </message>
    <message>
        <location line="-441"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search box and show every career again</source>
        <translation>Vaciar el cuadro de búsqueda y volver a mostrar todas las carreras</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Preparation needed filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} ({zone} of 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outlook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlook filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show only careers with this value; Any shows all. Shift+F1 explains the choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What does this choice mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;AI exposure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AI exposure filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum median pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only careers whose national median pay a year is at least this; Any for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maximum median pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only careers whose national median pay a year is at most this; Any for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pay &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay &amp;up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order the results by relevance, pay, growth or openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+388"/>
        <source>What do these &amp;words mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-364"/>
        <source>{count} active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filters ({summary}) · sorted by {sort}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{label}: {count} careers. Change the filters or type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>CareerDesk cannot search for this: part of the careers database is damaged.</source>
        <translation>CareerDesk no puede buscar esto: parte de la base de datos de carreras está dañada.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Showing the {count} careers in the top quarter of pay, those with the most job openings a year first, as they are hired for in most towns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing the {count} careers that fit what you asked for, those with the most job openings a year first, as they are hired for in most towns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing the {count} careers that fit what you asked for, those where most jobs are with government employers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CareerDesk does not know what work is done at “{place}”. Type the work itself, such as “fixes machines” or “drives a truck”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Careers with a larger share of {state}&apos;s jobs than of all US jobs come first (BLS job counts by state, May 2025); the pay shown is for the whole US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>None of these pays in the top quarter of US careers (${pay} a year or more, BLS May 2025); the best paid of them come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CareerDesk&apos;s sources have no figures on benefits, so they don&apos;t change the order you asked for; ask each employer about health insurance and retirement plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A certificate or some college is no degree either, so careers that usually start there are shown beside those that start with high school (BLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None of the closest matches starts with high school at most (BLS); these start with a certificate or some college, without a degree: {careers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Those that usually start with a certificate come first.</source>
        <translation>Primero, las que suelen empezar con un certificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Those that usually start with a certificate, and the trades learned in an apprenticeship, come first.</source>
        <translation>Primero, las que suelen empezar con un certificado y los oficios que se aprenden como aprendiz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Those that usually start with an associate&apos;s degree come first.</source>
        <translation>Primero, las que suelen empezar con un título de dos años (associate&apos;s degree).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Those that usually start with a bachelor&apos;s degree come first.</source>
        <translation>Primero, las que suelen empezar con un título universitario de cuatro años (bachelor&apos;s degree).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Those learned in an apprenticeship or on the job come first.</source>
        <translation>Primero, las que se aprenden como aprendiz o en el trabajo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>See my interest results</source>
        <translation>Ver mis resultados del test de intereses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your saved interest results and the careers that match them</source>
        <translation>Tus resultados guardados del test de intereses y las carreras que encajan con ellos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sure what you want yet? That&apos;s fine. You have taken the interest quiz: see the careers that fit your results. Or type something you enjoy, such as &quot;animals&quot; or &quot;building things&quot;.</source>
        <translation>¿Aún no sabes qué quieres? No pasa nada. Ya hiciste el test de intereses: mira las carreras que encajan con tus resultados. O escribe en inglés algo que te guste, como &quot;animals&quot; o &quot;building things&quot;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not sure what you want yet? That&apos;s fine. Take the interest quiz: rate some activities and see careers that fit you. Or type something you enjoy, such as &quot;animals&quot; or &quot;building things&quot;.</source>
        <translation>¿Aún no sabes qué quieres? No pasa nada. Haz el test de intereses: valora algunas actividades y descubre carreras que encajan contigo. O escribe en inglés algo que te guste, como &quot;animals&quot; o &quot;building things&quot;.</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>No career&apos;s names or work use these words; showing the {count} closest in meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No career matches all your words together; showing the {count} closest. Each says which of your words it matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browsing {count} careers by field. Type to search.</source>
        <translation>Explorando {count} carreras por área. Escriba para buscar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing the {count} careers that fit what you asked for, the fastest growing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the {count} careers that fit what you asked for, the best paid first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Showing the {count} careers that fit what you asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing the first {count} matching careers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the {count} matching careers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No careers match. Check the spelling, try fewer words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Of these, the careers where most jobs are with government employers come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CareerDesk&apos;s sources have no figures on benefits; as a guide, public employers (federal, state or local government, public schools and hospitals, the Postal Service; BLS job counts, May 2025) usually offer health insurance and a retirement plan. Ask each employer what it offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{first}, {second} and {count} more</source>
        <translation>{first}, {second} y {count} más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close matches left out: {careers}. The government&apos;s job figures (BLS) don&apos;t say what schooling these need to start (no entry-education figure), so your choice below can&apos;t include them. Remove it (×) to see them.</source>
        <translation>Resultados cercanos omitidos: {careers}. Las cifras de empleo del gobierno (BLS) no dicen qué estudios piden para empezar, así que tu elección de abajo no puede incluirlos. Quítala (×) para verlos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close matches left out: {careers}. The government&apos;s job figures (BLS) don&apos;t say whether these jobs are growing, so your choice below can&apos;t include them. Remove it (×) to see them.</source>
        <translation>Resultados cercanos omitidos: {careers}. Las cifras de empleo del gobierno (BLS) no dicen si estos empleos están creciendo, así que tu elección de abajo no puede incluirlos. Quítala (×) para verlos.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{chip} ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove this choice from the start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this and search the words as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to &amp;comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bookmark or remove the bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Any: careers are not filtered by this. Pick a choice, then press Shift+F1 to see what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>What these words mean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsTab</name>
    <message>
        <location filename="../../careerdesk/ui/tabs/skills.py" line="+15"/>
        <source>Skills &amp; technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills &amp; tech</source>
        <translation>Habilidades y tecnología</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../careerdesk/ui/start_page.py" line="+62"/>
        <source>&lt;p&gt;&lt;b&gt;Keyboard:&lt;/b&gt; &lt;b&gt;Tab&lt;/b&gt; moves between these ways in, &lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;Space&lt;/b&gt; takes one. &lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;/&lt;/b&gt; to search, &lt;b&gt;Down&lt;/b&gt; and &lt;b&gt;Enter&lt;/b&gt; to open a result, &lt;b&gt;Ctrl+Tab&lt;/b&gt; for the next section of a career, &lt;b&gt;Alt+Left&lt;/b&gt; / &lt;b&gt;Alt+Right&lt;/b&gt; to go back and forward, &lt;b&gt;Alt+Home&lt;/b&gt; to come back here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ways to start exploring careers when you do not know a job title yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h1&gt;Find a career that fits you&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sure what to search for? Start with one of these. If you know a job title, a task or a skill, type it in the search box on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the careers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+236"/>
        <source>What would you enjoy? Take the interest quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+236"/>
        <source>Say which activities you would like and see careers that match your interests (about 5 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Browse by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a field of work, such as health care or construction, and see its careers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+184"/>
        <source>Careers you can start without college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Fast-growing careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Careers you can usually start with a high school diploma or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Careers where jobs are growing much faster than jobs overall, the fastest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a program, such as nursing or welding, and see the careers it leads to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>What is Bright Outlook?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which careers CareerDesk marks with a bright outlook, and where the rule comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The careers you kept, with your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Recently viewed&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The careers you open are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add two to four careers with Ctrl+K, press Compare (Ctrl+Shift+K), then print (Ctrl+P) a handout with the figures side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Open a saved comparison&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No saved comparisons yet: open a comparison and save it (Ctrl+Shift+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;h3&gt;Explore careers&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h3&gt;Your careers&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;For counselors&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Fields of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter or a click shows the careers of a field in the results list; Escape closes this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recently viewed careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparisons saved by this person; Enter or a click opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{field} ({count} careers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Careers growing much faster than jobs overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} careers you can usually start with a high school diploma or less, as BLS says, the fastest-growing first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} careers where BLS expects jobs to grow much faster than jobs overall from 2024 to 2034, the fastest first. {sun} marks a career with a bright outlook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>See my interest results</source>
        <translation>Ver mis resultados del test de intereses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your interest results from {date} are saved: see the careers that match them, or take the quiz again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish the interest quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You rated {count} activities so far: carry on where you stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My bookmarks ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{person}&apos;s bookmarks: {count}. Open the list, with your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet: press Ctrl+D or ☆ Bookmark on a career to keep it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{code} (no longer in the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open this comparison: {careers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Careers in {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <location filename="../../careerdesk/study.py" line="+17"/>
        <source>Programs of study come from the crosswalk of the National Center for Education Statistics (NCES) that links programs (CIP 2020) to jobs (SOC 2018). It is an expert judgement of which programs prepare people for a job, not a record of where graduates work. CareerDesk lists first the programs named like the job, then those that lead to the fewest other jobs, so the ones closest to this career come first; residencies come after a degree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No program of study leads to this career in the NCES list: most people learn it on the job. What BLS gives as the usual way in: {entry}; {training}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No program of study leads to this career in the NCES list, and BLS gives no usual training for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{pay} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{pay} an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pay not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>High school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a diploma helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diploma or equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training on the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this career, {ready} after high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How to get there: {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In short: {name} is a residency or fellowship in {field}, taken after a degree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In short: {name} is a program of study in {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It leads to {count} careers, such as {careers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It leads to one career: {career}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeViews</name>
    <message>
        <location filename="../../careerdesk/time_views.py" line="+35"/>
        <source>Editorial estimate, from the reference page</source>
        <translation>Estimación editorial, de la página de referencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second view: from O*NET&apos;s task list</source>
        <translation>Segunda mirada: a partir de la lista de tareas de O*NET</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Editorial estimate</source>
        <translation>Estimación editorial</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The two differ because the editors guessed how a work day is spent, while the second view counts the tasks O*NET lists, not hours.</source>
        <translation>Las dos difieren porque los editores calcularon a ojo cómo se reparte un día de trabajo, mientras que la segunda mirada cuenta las tareas que O*NET enumera, no las horas.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../careerdesk/transfer.py" line="+107"/>
        <source>added the interest quiz results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced the interest quiz results with the newer ones from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept this profile&apos;s interest quiz results (the file&apos;s are not newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} saved comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} saved comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added {bookmarks} and {comparisons} to {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing new for {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added to {count} note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added to {count} notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped {count} entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped {count} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the profile is too large to export in one file ({size} MB; at most {limit} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{file} is a folder, not a profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is too large for a CareerDesk profile file (at most {limit} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a key is repeated inside one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is too large for a CareerDesk profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is not a CareerDesk profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problem} (it is not UTF-8 text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} is damaged or incomplete (it stops being valid JSON at line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{problem} (it is nested too deeply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{problem} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} has no valid format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} was made by a newer CareerDesk (format version {version}); this CareerDesk reads up to version {supported}, so update it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} has no list of bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} holds {count} bookmarks; a profile holds at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} has no list of comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} holds {count} comparisons; a profile holds at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>bookmark {index}{which}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>comparison {index}{which}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the interest quiz results: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+7"/>
        <source>{what} is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the note is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{code}: control characters were removed from the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the note is longer than {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a bookmark entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no valid career code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this career is not in this computer&apos;s careers database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>listed twice</source>
        <translation>aparece dos veces</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>the date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a comparison entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no list of career codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the sections are not a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} is not in this computer&apos;s careers database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comparison {name}: unknown sections left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>the date saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not an interest quiz entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;completed&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>nothing was imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code}: the imported note was not added (the note would pass {limit} characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserData</name>
    <message>
        <location filename="../../careerdesk/userdata.py" line="+145"/>
        <source>{code} is not a career code (codes look like 43-6013.00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a {what} must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {what} has 1 to {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {what} cannot hold control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{guest}&apos; is kept for guests; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comparison name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a comparison holds {minimum} to {maximum} different careers (got {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown section {sections}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the quiz answers must map question ids to like, unsure or dislike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most {limit} quiz answers are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{id} is not a quiz question id (ids look like R-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer to {id} must be like, unsure or dislike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the preparation must be a job zone from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>CareerDesk cannot save changes: the bookmarks file is open read-only{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+18"/>
        <source>CareerDesk cannot save changes: {reason}{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CareerDesk cannot read your bookmarks: {reason}{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the profile {name} no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>the guest profile cannot be renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a guest&apos;s bookmarks and notes are kept only in the open CareerDesk window, never in a file; use a named profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>there is already a profile named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>unknown sort {sort} (added, title or code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a note holds at most {limit} characters; this one has {count}</source>
        <translation>una nota admite como máximo {limit} caracteres; esta tiene {count}</translation>
    </message>
    <message>
        <location filename="../../careerdesk/transfer.py" line="-64"/>
        <location filename="../../careerdesk/userdata.py" line="+51"/>
        <source>state name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../careerdesk/userdata.py" line="+2"/>
        <source>&apos;prepared for&apos; name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/userdata.py" line="+6"/>
        <location line="+21"/>
        <source>there is already a comparison named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>that comparison no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a profile holds at most {limit} comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+133"/>
        <source>a profile holds at most {limit} bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDataFile</name>
    <message>
        <location filename="../../careerdesk/userdata_file.py" line="+120"/>
        <source>The saved bookmarks were written by a newer CareerDesk (data version {version}); update CareerDesk to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>another CareerDesk window kept the data busy; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data file is damaged (restart CareerDesk to repair it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data file or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data file cannot be opened (is the folder read-only?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>CareerDesk cannot keep bookmarks in {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your saved data in {folder} is open in another CareerDesk window, on this computer or another one. On a network folder only one window at a time can use it: close the other one and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your saved bookmarks file was damaged. It was kept as {file} in {folder}, and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CareerDesk can show your bookmarks but cannot save changes: {reason} ({file}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CareerDesk cannot open the bookmarks file {file}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no bookmarks file at {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The bookmarks file {file} cannot be upgraded (read-only) from data version {version} to {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CareerDesk cannot read the bookmarks file {file}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The saved bookmarks file {file} is damaged and cannot be moved aside: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CareerDesk cannot keep bookmarks in {folder}: it is a file, not a folder.</source>
        <translation>CareerDesk no puede guardar marcadores en {folder}: es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bookmarks file {file} is a link to another place; CareerDesk keeps your data only in its own folder. Remove the link.</source>
        <translation>El archivo de marcadores {file} es un enlace a otro lugar; CareerDesk guarda tus datos solo en su propia carpeta. Quita el enlace.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is a folder, but CareerDesk needs that name for its bookmarks file. Rename or remove the folder.</source>
        <translation>{file} es una carpeta, pero CareerDesk necesita ese nombre para su archivo de marcadores. Cambia el nombre de la carpeta o quítala.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Other people on this computer can see which files are in {folder}: it holds other files too, so CareerDesk left it as it is. Your data file itself is private.</source>
        <translation>Otras personas de esta computadora pueden ver qué archivos hay en {folder}: también contiene otros archivos, así que CareerDesk la dejó como estaba. Tu archivo de datos es privado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other people on this computer can see which files are in {folder}, and CareerDesk could not change that: {reason}. Your data file itself is private.</source>
        <translation>Otras personas de esta computadora pueden ver qué archivos hay en {folder}, y CareerDesk no pudo cambiarlo: {reason}. Tu archivo de datos es privado.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This computer has no per-user data folder; use --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserSession</name>
    <message>
        <location filename="../../careerdesk/ui/user_session.py" line="+67"/>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Could not export to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {bookmarks} bookmarks and {comparisons} saved comparisons to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was imported from {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../careerdesk/wording.py" line="+89"/>
        <source>little or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Little or no preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few days to a few months of training on the job. Some of these jobs ask for a high school diploma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually a high school diploma. You may also need some training on the job or a little work experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually a trade school, an apprenticeship or a two-year college degree. You often need some work experience too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lot of preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually a four-year college (bachelor&apos;s) degree. You often need a few years of work experience too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a great deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensive preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually more school after a four-year degree, such as a master&apos;s, law or medical degree. Many also need years of work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>O*NET sorts jobs into five levels by how much school, training and experience they need: 1 is the least and 5 the most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No diploma needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can usually start this job without a high school diploma or any other diploma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+115"/>
        <source>High school diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-114"/>
        <source>You usually need a high school diploma or a GED to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+114"/>
        <source>Some college classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-113"/>
        <source>You usually need to take some college classes. You do not need to finish a degree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+108"/>
        <source>Certificate after high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-107"/>
        <source>You usually need a certificate from a program after high school, such as one at a community college or a trade school. These programs last from a few weeks to two years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Associate&apos;s degree (2 years of college)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You usually need a two-year degree from a community college or a similar school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bachelor&apos;s degree (4 years of college)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You usually need a four-year college degree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Master&apos;s degree (after college)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You usually need a four-year college degree and then one or two more years of study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doctoral or professional degree (such as medicine or law)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You usually need a degree that takes several years after college, such as one in medicine, law or a PhD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is what most people need to get their first job in this career, according to BLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No work experience needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You do not need to have done a related job before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some work experience (under 5 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You usually need some time in a related job first, up to five years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>5 or more years of work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You usually need at least five years in a related job first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No long training on the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once hired, you do not usually need extra training to do the job well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short training on the job (a month or less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once hired, you learn the job from other workers in a month or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training on the job (1 to 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once hired, you learn the job from other workers over one to twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Long training on the job (over a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once hired, you train on the job for more than a year. This can include classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apprenticeship (paid training with classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You learn the trade in a paid program that mixes work and classes. It often lasts several years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internship or residency (supervised training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After school, you work under experienced people for a while before you work on your own. Doctors do this in a residency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No high school diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Associate&apos;s degree (2 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bachelor&apos;s degree (4 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate after a bachelor&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Master&apos;s degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate after a master&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional degree (such as medicine or law)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doctoral degree (PhD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training after a doctorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Growing fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLS expects the number of these jobs to grow much faster than for jobs overall, from 2024 to 2034.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLS expects the number of these jobs to grow faster than for jobs overall, from 2024 to 2034.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Growing like most jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLS expects the number of these jobs to grow about as fast as for jobs overall, from 2024 to 2034.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Growing slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLS expects the number of these jobs to grow, but more slowly than for jobs overall, from 2024 to 2034.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Little or no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLS expects about as many of these jobs in 2034 as in 2024: the change is less than half of one percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shrinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLS expects fewer of these jobs in 2034 than in 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somewhat important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extremely important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O*NET asked workers and experts how important this is for the job. It runs from 1 (not important) to 5 (extremely important).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>O*NET rates how well each interest area fits the work, from 1 (not at all) to 7 (very well).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Understanding what people say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Understanding what you read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explaining things out loud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explaining things in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming up with many ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming up with new ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noticing when something is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Using rules to solve problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding patterns and causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Putting steps in the right order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorting things in different ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picking the right math for a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doing math quickly and correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remembering things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making sense of things quickly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotting something hidden among other things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparing things quickly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowing where you are and where things are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picturing how things look when moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staying focused despite distractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switching between tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping your hand and arm steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skilled use of your hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small, exact finger movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving controls quickly and exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving arms and legs together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reacting fast with the right move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timing your moves to something moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reacting quickly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast, simple hand movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moving arms and legs quickly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifting, pushing or pulling heavy things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quick bursts of strength, such as jumping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Using your muscles again and again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A strong back and stomach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping up hard physical work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bending, stretching and reaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bending and stretching quickly, again and again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moving your whole body smoothly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeping your balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeing details up close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeing details far away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telling colors apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeing in low light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeing to the side while looking ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judging how far away things are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeing well in glare or bright light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearing small differences in sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picking out one sound among others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telling where a sound comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Understanding how people speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaking clearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exposure to AI (share of tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the work AI can do or speed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Researchers looked at each task of the job. This is the share of tasks that AI tools could do or make much faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace vs assist (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does AI take over tasks or help with them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 means AI only helps the worker. 1 means AI could do the tasks alone. Most jobs are in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Human capabilities (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much the job needs human strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A higher number means the job needs more care for people, leading, new ideas or hands-on work. CareerDesk works it out from O*NET ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AI applicability score (Microsoft Research)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much people already use an AI helper for this work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Microsoft study looked at what people asked an AI helper to do. The score, from 0 to 1, is higher when people often asked for help with this job&apos;s work and the AI did it well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of Claude.ai conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of AI chats about this job&apos;s tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of a sample of chats with the Claude AI, the percent that were about this job&apos;s tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Median annual wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The middle pay: half the workers earn more than this and half earn less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>10th to 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay of most workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One in ten workers earns less than the low figure, and one in ten earns more than the high one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top-coded wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLS does not publish pay above this amount. The real figure is this much or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People in this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many people in the U.S. do this work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual openings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job openings a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About how many jobs open each year. Most open when workers retire or change jobs, and some are new jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employment change, projected 2024–34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job growth to 2034</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLS guesses how the number of these jobs will change by 2034 and compares it with all jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bright Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bright outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New jobs are likely here. The job is growing fast, or it will have 100,000 or more openings from 2024 to 2034.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SOC code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The government sorts jobs into groups, each with a code. BLS counts pay and jobs for a whole group, which can hold several careers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typical education needed for entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work experience in a related occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time you usually need in a related job before you can start this one, according to BLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typical on-the-job training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training once hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training most new workers get on the job to become good at it, according to BLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to enter (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical time to get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About how long it takes after high school to be ready for a first job in this career.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hot technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employers often ask for this in job ads, across many jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>often asked for in this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job ads for this career often ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importance (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Occupational Interests (1–7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How well it fits an interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RIASEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Six kinds of work people enjoy, such as building things or helping people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Core tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tasks that matter most in this job and that most workers do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supplemental tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks some workers in this job do, but not all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SOC major group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The broad area of work, such as health care or building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key abilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talents that help a person do the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal qualities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ways of acting that help on the job, such as being careful or honest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
