"""Editorial narratives for CareerDesk career pages.

``EDITORIAL`` maps an O*NET-SOC code to a short narrative written by the
CareerDesk team in its own words. Paragraphs are separated by a blank line
("\\n\\n"). The text aims at a grade 8-9 reading level and covers a typical
day, who does well (and who may struggle), how people get in, pay and outlook
in plain words, and how AI tools are changing parts of the work.

Every fact comes from a named source (see the comment above each entry).
Any figure quoted is exactly as published in the source file, with its year:
wages from BLS OEWS May 2025, growth and openings from BLS Employment
Projections 2024-34 (Table 1.2). The app shows the full figures elsewhere.
No sentence is copied from any source.
"""

from __future__ import annotations

EDITORIAL: dict[str, str] = {
    # 43-6013.00 Medical Secretaries and Administrative Assistants.
    # Facts: /work/shared/reference/career-page-example.txt (the profile page
    # this app grew from), incl. its estimate of the 40% / 35% / 25% split of
    # the day, entry path, knowledge needed, who thrives or struggles, rewards,
    # frustrations, and "modest" pay (higher in hospitals and specialty
    # practices). No figures quoted.
    "43-6013.00": (
        "Medical secretaries keep the office side of a clinic or hospital "
        "moving. The phone rings a lot. A patient needs to change a visit, "
        "or a lab result has to reach the right nurse. One estimate comes "
        "from the profile page this app grew out of. By that estimate, about "
        "40% of the day goes to talking with patients: booking visits, "
        "answering questions and guiding people through the office. About 35% goes to "
        "insurance and billing, such as checking what a patient's plan "
        "covers and sending in claims. The rest goes to records, letters "
        "and emails, and passing messages between doctors and patients."
        "\n\n"
        "This job suits people who like order and can stay kind when others"
        " are not. Patients are often worried or unwell, and some take it "
        "out on the person at the front desk. People who enjoy helping and "
        "like a day full of small tasks often do well. People who need "
        "quiet, dislike being pulled in many directions, or lose patience "
        "with forms and rules may have a hard time. Busy days can leave "
        "workers drained, and insurance work can eat up more of the day "
        "than anyone would like."
        "\n\n"
        "There are real rewards, too. Many say the best part is knowing "
        "they helped someone get care. The days are more varied than in "
        "most office jobs, and demand for the work has been steady. Most "
        "people start with a high school diploma, and a medical secretary "
        "training program can give you a head start. You will need to know "
        "medical terms, the special words for body parts, illnesses and "
        "tests. You will also need to know how health insurance works and "
        "how to use electronic health records, the computer systems that "
        "store patient charts."
        "\n\n"
        "Pay is modest. Many workers feel it is low for how much they have "
        "to know. Hospitals and specialty practices tend to pay a little "
        "more than a family doctor's office. A specialty practice is a "
        "clinic that focuses on one area of medicine."
        "\n\n"
        "Computer tools, including AI, are starting to help with parts of "
        "this job. Some can suggest open appointment times, fill in parts "
        "of a form, or draft an answer to a common question. They can make "
        "mistakes, so a person still has to check the work. They also "
        "cannot calm a frightened patient or untangle an odd billing "
        "problem alone. For now, the job looks more likely to change than "
        "to disappear."
    ),
    # 29-1141.00 Registered Nurses.
    # Facts: O*NET 29.3 text/Occupation Data.txt (description, "Licensing or
    # registration required"); text/Task Statements.txt (29-1141.00 tasks);
    # text/Work Styles.txt (top importance: Dependability, Attention to
    # Detail, Cooperation, Stress Tolerance, Concern for Others);
    # text/Interests.txt (Social highest, then Investigative);
    # excel/Education, Training, and Experience.xlsx (RL: bachelor's most
    # common, then post-secondary certificate and associate's).
    # Figures: OEWS May 2025 oews_may2025_national_cross_industry.csv rows
    # 29-1141 (annual median $97,550) and 00-0000 (all jobs $50,980);
    # BLS 2024-34 occupation_2024-34.xlsx Table 1.2 rows 29-1141 (+4.9%,
    # 189.1k openings a year, bachelor's degree) and 00-0000 (+3.1%).
    "29-1141.00": (
        "Registered nurses, or RNs, care for people who are sick, hurt or "
        "getting better. A nurse checks vital signs, such as heart rate, "
        "blood pressure and temperature, and records them. Nurses give "
        "medicine and watch for side effects. They notice when a patient "
        "gets better or worse and tell the rest of the care team. They help"
        " build a care plan, a written plan for a patient's treatment, and "
        "change it as needed. Many also teach patients and families how to "
        "stay healthy. Most people picture hospitals, but nurses also work "
        "in schools and workplaces."
        "\n\n"
        "O*NET, a large US job database, rates being dependable, careful "
        "with details, and good at teamwork as the top traits for this job."
        " Handling stress and caring about others come close behind. People"
        " who like helping others and are curious about how the body works "
        "often enjoy nursing. The job can be hard for people who feel "
        "uneasy around illness or get rattled when several things go wrong "
        "at once. It is also hard for those who dislike careful record "
        "keeping. A small slip"
        " with a medicine dose can harm a patient."
        "\n\n"
        "Every RN needs a nursing license. The Bureau of Labor Statistics "
        "(BLS) lists a bachelor's degree as the usual starting point. In "
        "O*NET's survey of nurses, most said their job needs a bachelor's "
        "degree. Others said a two-year associate's degree or a certificate "
        "after high school was enough. With"
        " experience, some nurses lead a unit, train new staff, or "
        "supervise aides."
        "\n\n"
        "In May 2025, the median yearly wage for RNs was $97,550, according"
        " to BLS wage data. The median is the middle point: half earned "
        "more and half earned less. For all US jobs, it was $50,980. BLS "
        "expects RN jobs to grow 4.9% from 2024 to 2034, a little faster "
        "than the 3.1% for all jobs. Because the field is so large, BLS "
        "projects about 189,100 openings each year, mostly to replace "
        "nurses who leave."
        "\n\n"
        "AI tools are starting to show up in nursing, mostly on the "
        "paperwork side. Some record systems may help draft notes or point "
        "out possible problems. These tools can be wrong, so nurses must "
        "check what they produce. Hands-on care, watching a patient "
        "closely, and comforting a scared family still need a person. AI "
        "seems more likely to change how nurses spend their time than to "
        "take their place."
    ),
    # 47-2111.00 Electricians.
    # Facts: O*NET 29.3 text/Occupation Data.txt (description);
    # text/Task Statements.txt (47-2111.00 tasks: blueprints, conduit,
    # ladders/scaffolds/roofs, testing meters, diagnosing, inspecting for
    # hazards and code, heavy work, license, estimates, training workers);
    # text/Work Styles.txt (top importance: Attention to Detail, Self-Control,
    # Dependability, Integrity); text/Interests.txt (Realistic highest);
    # text/Job Zone Reference.txt (zone 3 example: 3-4 years of
    # apprenticeship or several years of vocational training, often a
    # licensing exam); text/Technology Skills.txt (design and estimating
    # software); excel/Education, Training, and Experience.xlsx (RL:
    # post-secondary certificate most common).
    # Figures: OEWS May 2025 oews_may2025_national_cross_industry.csv rows
    # 47-2111 (annual median $63,190) and 00-0000 (all jobs $50,980);
    # BLS 2024-34 occupation_2024-34.xlsx Table 1.2 rows 47-2111 (+9.5%,
    # 81.0k openings a year, high school diploma, apprenticeship) and
    # 00-0000 (+3.1%).
    "47-2111.00": (
        "Electricians install, fix and look after the wiring and equipment "
        "that carry power through buildings. Some also work on streetlights"
        " or control systems. A day might start with a blueprint, a "
        "detailed drawing of a building, to work out where wires and boxes "
        "go. Then the work gets physical. Electricians run tubes called "
        "conduit inside walls, pull wire through them, and connect it to "
        "circuit breakers, motors and lights. They climb ladders and "
        "scaffolds, work on roofs, and sometimes dig trenches or lift heavy"
        " gear. Other days feel like detective work: using meters that "
        "measure electricity to find out why something stopped working, "
        "then fixing it."
        "\n\n"
        "The job fits people who like working with their hands and solving "
        "practical problems. In O*NET's ratings, the most important trait "
        "is attention to detail, followed by self-control, dependability "
        "and honesty. Mistakes with electricity can be dangerous. All work "
        "must follow the electrical code, the set of safety rules for "
        "wiring. Part of the job is checking systems for hazards. "
        "People who dislike heights, hard physical work, or careful "
        "checking may struggle."
        "\n\n"
        "Most electricians learn through an apprenticeship, which means "
        "years of learning on the job from skilled electricians. BLS lists "
        "a high school diploma plus an apprenticeship as the usual path. "
        "O*NET's guide to job preparation uses electricians as an example. "
        "It says such a job takes three or four years of apprenticeship or "
        "several years of trade school. It often takes a licensing exam "
        "too. "
        "Electricians must keep their license current. Experienced "
        "electricians may train newer workers, prepare cost estimates, or "
        "handle the business side of a shop."
        "\n\n"
        "In May 2025, the median yearly wage for electricians was $63,190, "
        "according to BLS wage data. That means half earned more and half "
        "earned less. The median for all US jobs was $50,980. BLS projects "
        "electrician jobs to grow 9.5% from 2024 to 2034, about three times"
        " the 3.1% rate for all jobs. BLS also expects about 81,000 "
        "openings a year."
        "\n\n"
        "AI will not pull wire or climb a ladder. But software already "
        "helps with the planning side of the trade, such as drawing layouts"
        " and working out costs. Newer AI features may help draft "
        "estimates, look up code rules, or suggest what might be causing a "
        "problem. Electricians still need to check every answer, because "
        "safety depends on getting it right. Skilled hands and sound "
        "judgment remain the core of the job."
    ),
    # 15-1252.00 Software Developers.
    # Facts: O*NET 29.3 text/Occupation Data.txt (description: computer
    # science, engineering, math); text/Task Statements.txt (15-1252.00
    # tasks: user needs, conferring with analysts/engineers/managers, design,
    # modify/fix/upgrade software, testing, status reports, training users,
    # supervising programmers); text/Interests.txt (Investigative highest,
    # then Conventional); text/Technology Skills.txt (e.g. Python,
    # JavaScript, Structured query language SQL, Git); text/Job Zones.txt
    # (zone 4) and text/Job Zone Reference.txt (zone 4 education wording).
    # No Work Styles ratings exist for this code in 29.3.
    # Figures: OEWS May 2025 oews_may2025_national_cross_industry.csv rows
    # 15-1252 (annual median $135,980) and 00-0000 (all jobs $50,980);
    # BLS 2024-34 occupation_2024-34.xlsx Table 1.2 rows 15-1252 (+15.8%,
    # 115.2k openings a year, bachelor's degree, no experience needed) and
    # 00-0000 (+3.1%).
    "15-1252.00": (
        "Software developers plan and build the programs that run on "
        "computers, phones and networks. The work often starts with people,"
        " not code. Developers meet with users, managers and other "
        "engineers to learn what a program must do and what limits they "
        "face. Then they design, build and test it. Much of the work is on "
        "programs that already exist: fixing bugs (mistakes in the code), "
        "making them faster, or updating them for new hardware. Developers "
        "also write progress reports and sometimes teach people to use a "
        "new system."
        "\n\n"
        "O*NET rates \"investigative\" as the strongest interest for this "
        "job. That means enjoying puzzles, research and figuring out how "
        "things work. Next comes \"conventional\": being comfortable with "
        "detail, order and clear steps. People who keep trying when "
        "something breaks, and who can explain their ideas to a team, tend "
        "to do well. Someone who wants to be on their feet all day, or who "
        "gets frustrated by long hours at a screen, may struggle. The list "
        "of tools is long, from languages such as Python and JavaScript to "
        "tools such as Git, so developers keep learning."
        "\n\n"
        "BLS lists a bachelor's degree as the usual way in, with no earlier"
        " work experience required. The job draws on computer science, "
        "engineering and math, so those are natural subjects to study. "
        "O*NET places it in a group of jobs where most need a four-year "
        "degree, but some do not. Experienced developers may lead teams and"
        " assign work to other programmers."
        "\n\n"
        "Pay is high. In May 2025, the median yearly wage was $135,980, "
        "according to BLS wage data, so half of developers earned more and "
        "half earned less. The median for all US jobs was $50,980. BLS "
        "projects developer jobs to grow 15.8% from 2024 to 2034, much "
        "faster than the 3.1% for all jobs, with about 115,200 openings a "
        "year. A projection is a forecast, not a promise."
        "\n\n"
        "AI tools that help write code are becoming part of this work. They"
        " can suggest code, explain code someone else wrote, or draft "
        "tests. They can also make mistakes while sounding sure, so "
        "developers must read, test and fix what the tools produce. For "
        "now, these tools seem to change how the work gets done more than "
        "they remove the need for people. Knowing what users need, "
        "designing a system that holds together, and standing behind its "
        "quality are still human work."
    ),
}
