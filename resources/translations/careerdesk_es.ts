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
        <location line="+5"/>
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
        <location line="+2"/>
        <source>&lt;h3&gt;O*NET attribution&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>About CareerDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AiTab</name>
    <message>
        <location filename="../../careerdesk/ui/tabs/ai.py" line="+15"/>
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
        <location line="+6"/>
        <source>An AI assessment is not available for this career, because the research it rests on rates only careers with O*NET tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the label means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much of the work current AI can do or speed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does AI replace or assist the worker?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much the job relies on distinctly human strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;b&gt;Job outlook (BLS 2024–34):&lt;/b&gt; {outlook}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AI applicability score (Microsoft Research): {score} of 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>share of sampled Claude.ai conversations about its tasks: {share}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For context — {facts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>How this is worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+5"/>
        <source>Label table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../careerdesk/ui/app.py" line="+146"/>
        <source>{reason} CareerDesk will work, but bookmarks and notes are kept only until it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your data cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>CareerDesk cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}

Reinstall CareerDesk or ask the person who set up this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarksModel</name>
    <message>
        <location filename="../../careerdesk/ui/bookmarks_view.py" line="+68"/>
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
        <location line="-35"/>
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
        <location line="+58"/>
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
        <location line="+3"/>
        <location line="+141"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own note about this career — saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+11"/>
        <source>&amp;Sort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;h3&gt;Saved comparisons&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;h2&gt;Bookmarks of {person}&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;No bookmarks yet: press Ctrl+D or the ☆ button on a career to keep it here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Note about {career}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../careerdesk/ui/career_list.py" line="+59"/>
        <source>{career} — {code}. Press Enter or click to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareerListView</name>
    <message>
        <location line="+18"/>
        <source>Press Enter or click to open a career; Ctrl+K adds it to the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location filename="../../careerdesk/widgets/chart_canvas.py" line="+102"/>
        <source>How the chart was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+83"/>
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
        <location line="+174"/>
        <source>Time split not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Education levels not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../careerdesk/ui/compare_model.py" line="+33"/>
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
        <location line="+59"/>
        <source>{career} ({code}). Double-click to open its profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTray</name>
    <message>
        <location filename="../../careerdesk/ui/compare_tray.py" line="+29"/>
        <source>Compare tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+25"/>
        <source>Remove {career} from the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../../careerdesk/ui/compare_view.py" line="+24"/>
        <source>▲ highest and ▼ lowest figure in a row (also tinted); ● the same for every career. Double-click a career&apos;s name to open its profile; drag names to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
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
        <source>&amp;Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move ri&amp;ght</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+10"/>
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
        <location line="+59"/>
        <source>&lt;h2&gt;Comparing {count} careers&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../careerdesk/comparison.py" line="+34"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the work divides</source>
        <translation>Cómo se reparte el trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education and training</source>
        <translation>Educación y formación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay</source>
        <translation>Salario</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+336"/>
        <source>Outlook</source>
        <translation>Perspectivas</translation>
    </message>
    <message>
        <location line="-335"/>
        <source>AI assessment</source>
        <translation>Evaluación de IA</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+368"/>
        <source>Key abilities</source>
        <translation>Capacidades clave</translation>
    </message>
    <message>
        <location line="-367"/>
        <location line="+375"/>
        <source>Technology skills</source>
        <translation>Habilidades tecnológicas</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+385"/>
        <source>Also known as</source>
        <translation>También llamado</translation>
    </message>
    <message>
        <location line="-327"/>
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
        <location line="+63"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top core tasks</source>
        <translation>Tareas principales</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Share of the work (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Entry education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On-the-job training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time to enter (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Median annual pay</source>
        <translation>Salario anual mediano</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Median hourly pay</source>
        <translation>Salario por hora mediano</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Median annual pay, {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Employment 2024</source>
        <translation>Empleo 2024</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change 2024–34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Openings each year</source>
        <translation>Vacantes cada año</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{percent} of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exposure to AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace vs assist (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Human capabilities (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AI label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not rated by O*NET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Strongest interests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../careerdesk/ui/dialogs.py" line="+31"/>
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
        <location filename="../../careerdesk/ui/tabs/education.py" line="+17"/>
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
        <location line="+5"/>
        <source>What it takes to start (BLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical entry education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-the-job training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BLS gives these for the wider occupation {code} {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to enter (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{years}&lt;/b&gt; of preparation after high school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How this is worked out: {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Job zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O*NET has not placed this career in a job zone: not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Education that workers say the job needs (O*NET)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of workers surveyed by O*NET who said each level of education is required for the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available for this career.</source>
        <translation type="unfinished"></translation>
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
        <location line="+20"/>
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
</context>
<context>
    <name>InsideTab</name>
    <message>
        <location filename="../../careerdesk/ui/tabs/inside.py" line="+14"/>
        <source>Editorial: written by the CareerDesk team in their own words from the facts of the reference career page and the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written from the data by CareerDesk: composed from this career&apos;s O*NET, BLS and AI-research figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
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
    <message>
        <location line="+5"/>
        <source>No narrative is available for this career, because O*NET lists no tasks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Narrative kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the work divides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not available: O*NET lists no tasks for this career.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also: the narrative written from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data narrative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabConfig</name>
    <message>
        <location filename="../../careerdesk/labconfig.py" line="+71"/>
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
        <location line="+23"/>
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
        <location filename="../../careerdesk/ui/main_window.py" line="+474"/>
        <source>CareerDesk — {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/ui/main_window.py" line="-422"/>
        <source>&lt;h2&gt;Welcome to CareerDesk&lt;/h2&gt;&lt;p&gt;Search for a career on the left — by a job title, a task or a skill — or browse all careers by field. Then open one to see what the work is like, what it takes to start, what it pays, its outlook and how AI is changing it.&lt;/p&gt;&lt;p&gt;Keyboard: &lt;b&gt;Ctrl+F&lt;/b&gt; or &lt;b&gt;/&lt;/b&gt; to search, &lt;b&gt;Down&lt;/b&gt; and &lt;b&gt;Enter&lt;/b&gt; to open a result, &lt;b&gt;Ctrl+Tab&lt;/b&gt; for the next section, &lt;b&gt;Alt+Left&lt;/b&gt; / &lt;b&gt;Alt+Right&lt;/b&gt; to go back and forward.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/ui/window_commands.py" line="+78"/>
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
        <location line="-43"/>
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
        <location line="-26"/>
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
        <location filename="../../careerdesk/ui/main_window.py" line="+105"/>
        <source>Zoom {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/ui/window_commands.py" line="+11"/>
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
        <location line="+1"/>
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
        <location line="+17"/>
        <source>&amp;About CareerDesk</source>
        <translation>&amp;Acerca de CareerDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version, data sources and the O*NET attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-58"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close CareerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/ui/main_window.py" line="-91"/>
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
        <location line="+126"/>
        <source>No career with code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{career} — CareerDesk — {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open or select a career to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Comparison — CareerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+96"/>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Open a career or a comparison to print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{code} (no longer in the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bookmarks of {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open or select a career to bookmark it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../../careerdesk/ui/user_data_commands.py" line="+45"/>
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
        <location filename="../../careerdesk/ui/user_data_commands.py" line="+13"/>
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
        <location filename="../../careerdesk/ui/main_window.py" line="+5"/>
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
    <name>Meter</name>
    <message>
        <location filename="../../careerdesk/widgets/meter.py" line="+95"/>
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
    <name>PayTab</name>
    <message>
        <location filename="../../careerdesk/ui/tabs/pay.py" line="+13"/>
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
        <location line="+12"/>
        <location line="+1"/>
        <source>Pay &amp; outlook</source>
        <translation>Sueldo y perspectivas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pay across the United States (May 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These figures are for the wider occupation {code} {title}, which includes this career.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BLS publishes no wage figures for this career: not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;Median pay: &lt;b&gt;{annual} a year&lt;/b&gt; ({hourly} an hour). Half of the workers earn more than the median and half earn less.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workers employed: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 10th percentile means 10% of workers earn less than this; the 90th, that 10% earn more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>State median wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+5"/>
        <source>Job outlook, 2024–2034 (BLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BLS publishes no projection for this career: not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobs in 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs expected in 2034</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openings each year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outlook: &lt;b&gt;{category}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openings include jobs left by workers who retire or change careers, so there can be openings even when the number of jobs shrinks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More about this kind of work and its outlook: &lt;a href=&apos;{url}&apos;&gt;Occupational Outlook Handbook&lt;/a&gt; (BLS; opens in your web browser and needs the internet).</source>
        <translation>Más sobre este trabajo y sus perspectivas: &lt;a href=&apos;{url}&apos;&gt;Manual de Perspectivas Ocupacionales&lt;/a&gt; (BLS; se abre en su navegador y necesita internet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Occupational Outlook Handbook page (needs the internet)</source>
        <translation>Página del Manual de Perspectivas Ocupacionales (necesita internet)</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../careerdesk/ui/print_actions.py" line="+42"/>
        <source>Choose at least one section to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print preview: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save as PDF: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
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
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../../careerdesk/ui/print_options.py" line="+24"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location filename="../../careerdesk/printing.py" line="+242"/>
        <source>cannot start painting (is the file writable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start a new page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot write {file}: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write {file}: folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+113"/>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Bookmarks of {owner}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <location filename="../../careerdesk/ui/profile_chooser.py" line="+32"/>
        <source>Who is using CareerDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Who is using CareerDesk?&lt;/h2&gt;&lt;p&gt;Your bookmarks, notes and saved comparisons are kept under your name on this computer, apart from other people&apos;s. A guest&apos;s are removed when CareerDesk closes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+3"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../careerdesk/ui/profile_view.py" line="+40"/>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also known as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Career: {career}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;AI: {label}&lt;/b&gt; — {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AI assessment: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;AI assessment:&lt;/b&gt; not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../careerdesk/ui/tabs/base.py" line="+130"/>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../careerdesk/ui/profile_view.py" line="+26"/>
        <source>Profile sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sections of this career&apos;s profile; Ctrl+Tab shows the next one</source>
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
        <location line="+33"/>
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
    <name>RelatedTab</name>
    <message>
        <location filename="../../careerdesk/ui/tabs/related.py" line="+13"/>
        <source>closely related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <location line="+2"/>
        <source>Related careers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Related</source>
        <translation>Relacionadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Related careers that need more preparation or pay at least 10% more (national median wage) — possible moves up from this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No next steps: none of the related careers needs more preparation or pays more, or the figures are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>O*NET lists no related careers for this one: not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the web (needs the internet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These open in your web browser, only when you click one. CareerDesk itself never goes online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public pages about this career (need the internet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more preparation, higher pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>higher pay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../careerdesk/report.py" line="+30"/>
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
        <location line="+29"/>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside this career</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the work divides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+295"/>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-294"/>
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
        <location line="+47"/>
        <source>Prepared for: </source>
        <translation>Preparado para: </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Pay and outlook for SOC {soc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>State pay: {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing only the rows where the careers differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+268"/>
        <source>Career</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Comparing {count} careers</source>
        <translation>Comparación de {count} carreras</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>and {count} supplemental tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written by the CareerDesk team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written from the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Typical entry education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-the-job training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to enter (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Median annual pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median hourly pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Range (10th–90th percentile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employment (May 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Median annual pay in {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures for the SOC occupation {soc} {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Employment 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment 2034</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change 2024–34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openings each year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More about this work, online: the Occupational Outlook Handbook, {url}</source>
        <translation>Más sobre este trabajo, en internet: el Manual de Perspectivas Ocupacionales, {url}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exposure to AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent} of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace vs assist (0–1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Human capabilities (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key abilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not rated by O*NET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (hot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> … and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({value} of 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Printed {date} with CareerDesk (data built {built}).</source>
        <translation>Impreso el {date} con CareerDesk (datos generados el {built}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed {date} with CareerDesk.</source>
        <translation>Impreso el {date} con CareerDesk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: {sources}.</source>
        <translation>Datos: {sources}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{code} · added {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../../careerdesk/ui/tabs/responsibilities.py" line="+13"/>
        <location line="+1"/>
        <source>Responsibilities</source>
        <translation>Responsabilidades</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>O*NET does not list tasks for this career: not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Core tasks ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core tasks are the ones O*NET found most important and most often done in this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplemental tasks ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplemental tasks are done by some workers or less often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplemental tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../careerdesk/ui/results_model.py" line="+38"/>
        <source>Education: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pay} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outlook: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source> Bookmarked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{career}.{bookmarked} {matched}. {glance}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../careerdesk/search.py" line="+659"/>
        <source>in {group}</source>
        <translation>en {group}</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+2"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../careerdesk/ui/search_panel.py" line="+31"/>
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
        <location line="+26"/>
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
        <location line="+6"/>
        <source>Loading careers…</source>
        <translation>Cargando las carreras…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Careers found, best first, each with why it matched, its entry education, median pay and outlook. Enter opens one; Ctrl+K adds it to the comparison; Ctrl+D bookmarks it.</source>
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
        <location line="+62"/>
        <source>Show only careers with this value; Any shows all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Major group filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Education:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry education filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preparation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job zone filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outlook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlook filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+28"/>
        <source>{count} active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+128"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+130"/>
        <source>Filters ({summary}) · sorted by {sort}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Browsing {count} careers by field. Type to search.</source>
        <translation>Explorando {count} carreras por área. Escriba para buscar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing the first {count} matching careers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the {count} matching careers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No careers match. Check the spelling, try fewer words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
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
</context>
<context>
    <name>SkillsTab</name>
    <message>
        <location filename="../../careerdesk/ui/tabs/skills.py" line="+16"/>
        <source>importance {value} of {scale}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skills &amp; technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills &amp; tech</source>
        <translation>Habilidades y tecnología</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Key abilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Abilities are lasting talents that help a person do the work. These are the ones O*NET rates most important for this career.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>O*NET has not rated this career&apos;s abilities: not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>O*NET has not rated this career&apos;s skills: not available.</source>
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
        <location line="+1"/>
        <source>O*NET has not rated this career&apos;s knowledge: not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal qualities that help on the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O*NET has not rated this career&apos;s work styles: not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>Technology skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Not available for this career.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{star} marks a “hot technology”: one employers often ask for in job postings ({hot} of {total} here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{star} hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (in demand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>How strongly the work fits each of six interest types (RIASEC), from 1 to 7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../careerdesk/transfer.py" line="+97"/>
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
        <location line="+3"/>
        <source>nothing new for {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+45"/>
        <source>the profile is too large to export in one file ({size} MB; at most {limit} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write {file}: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+32"/>
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
        <source>the date saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location filename="../../careerdesk/userdata.py" line="+119"/>
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
        <location line="+64"/>
        <source>CareerDesk cannot save changes: the bookmarks file is open read-only{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CareerDesk cannot save changes: {reason}{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CareerDesk cannot read your bookmarks: {reason}{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the profile {name} no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the guest profile cannot be renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>there is already a profile named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>unknown sort {sort} (added, title or code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../careerdesk/transfer.py" line="-46"/>
        <location filename="../../careerdesk/userdata.py" line="+55"/>
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
        <location line="+57"/>
        <source>a profile holds at most {limit} bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDataFile</name>
    <message>
        <location filename="../../careerdesk/userdata_file.py" line="+91"/>
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
        <translation type="unfinished"></translation>
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
        <location line="+9"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>CareerDesk cannot keep bookmarks in {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your saved bookmarks file was damaged. It was kept as {file} in {folder}, and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CareerDesk can show your bookmarks but cannot save changes: {reason} ({file}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+16"/>
        <source>This computer has no per-user data folder; use --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserSession</name>
    <message>
        <location filename="../../careerdesk/ui/user_session.py" line="+54"/>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
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
</TS>
