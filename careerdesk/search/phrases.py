"""How students phrase a search: lead-ins that carry no meaning ("i like", "jobs where i
can"), wishes that are filters or an order ("no college", "well paid", "fast-growing"), and
the concept and synonym groups of the reviewed data file ``synonyms.tsv``.

``read_phrases`` takes the folded words of a query and returns what it recognised (each
recognition as a removable chip) and the words left to search.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

from careerdesk.i18n import translate
from careerdesk.search.records import ENTRY_EDUCATION, Sort
from careerdesk.search.text import singular, words

DATA_FILE = Path(__file__).with_name("synonyms.tsv")
HIGH_SCHOOL = ENTRY_EDUCATION[1]  # "High school diploma or equivalent"
NONDEGREE = ENTRY_EDUCATION[3]  # "Postsecondary nondegree award"
GROWING = ("Much faster than average", "Faster than average")  # BLS outlook categories

# Said before what they want; removed from the start of a query when words remain after them.
LEAD_INS = tuple(tuple(p.split()) for p in sorted([
    "i", "im", "i am", "me", "my", "i like", "i love", "i enjoy", "i really like",
    "i really love", "i want", "i want to", "i wanna", "i would like to", "i d like to",
    "i watch", "i like watching", "i love watching", "id rather", "i d rather", "i would rather",
    "ive had", "i ve had", "i have had",
    "id like to", "i like to", "i love to", "i enjoy", "i am good at", "im good at",
    "i m good at", "i am interested in", "im interested in", "interested in", "good at",
    "i want to be", "i want to be a", "i want to be an", "to be a", "to be an", "be a",
    "be an", "become a", "become an", "want to", "like", "love", "jobs where i can",
    "jobs where i", "jobs where",
    "careers where i can", "a job where i can", "a career where i can", "job where i can",
    "jobs that", "jobs that let me", "jobs with", "jobs for", "jobs in", "job with",
    "careers with", "careers in", "career in", "career with", "careers for", "jobs about",
    "something with", "something to do with", "something in", "anything with",
    "work with", "working with", "where i can", "i can", "stuff with", "a job", "a career",
    "jobs to", "help with", "be in", "be on", "to be in", "to be on", "work in", "work at",
    "work on", "work for", "working in", "working at", "working on", "working for",
    "learning about", "learn about", "learning more about", "learn more about",
    "reading about", "read about",
    # where: "jobs near the beach" is the beach
    "jobs near", "jobs by", "jobs on", "jobs at", "jobs around", "careers near",
    "careers by", "careers on", "careers at", "work near", "working near", "near",
    "close to", "somewhere near",
    # enthusiasm: "im obsessed with cars", "jobs for someone who loves football"
    "im obsessed with", "i am obsessed with", "obsessed with", "im into", "i am into",
    "i m into", "into", "im really into", "im a big fan of", "big fan of", "a fan of",
    "fan of", "crazy about", "im crazy about", "passionate about", "im passionate about",
    "addicted to", "im addicted to", "i do", "i play", "i always", "i really",
    "jobs for someone who loves", "jobs for someone who likes", "for someone who loves",
    "for someone who likes", "someone who loves", "someone who likes", "jobs for people who",
    "for people who like", "for people who love", "people who like", "people who love",
    "jobs for", "careers for someone who", "anything with", "anything to do with",
    # a question: "what job makes the most money", "which careers use math"
    "what job", "what jobs", "which job", "which jobs", "what career", "what careers",
    "which career", "which careers", "what kind of job", "what kind of jobs",
    "what jobs use", "what jobs have", "jobs you can do", "jobs you can do in",
    "jobs you can do with", "jobs you can get", "jobs i can do", "jobs i can do in",
    "jobs i can get", "careers you can", "careers you can do", "jobs you can have",
    "what can i do", "what can i do with", "what can you do with",
    # paid for what they like: "getting paid to post on instagram"
    "getting paid to", "get paid to", "be paid to", "paid to",
], key=lambda p: (-len(p.split()), p)))
_LEAD_INS_BY_WORD: dict[str, list[tuple[str, ...]]] = {}
for _phrase in LEAD_INS:  # longest first
    _LEAD_INS_BY_WORD.setdefault(_phrase[0], []).append(_phrase)
# Said after what they want ("animal jobs").
LEAD_OUTS = frozenset({"jobs", "job", "careers", "career", "industry", "industries"})
# ... or as a longer tail ("music is my life", "drawing is my fav thing").
LEAD_OUT_PHRASES = tuple(tuple(p.split()) for p in sorted([
    "is my life", "is life", "is my thing", "is my fav thing", "is my favorite thing",
    "is my favourite thing", "is my passion", "is my jam", "is the best", "is cool",
    "are my thing", "are my life", "are my passion", "are the best", "are cool",
    "is my favorite", "is my fav", "is my favourite", "are my favorite", "are my fav",
    "is what i love", "is what i like", "all day", "every day", "for life",
    # a school subject: "geography class" is geography
    "class", "classes", "at school", "in school", "subject", "is my best subject",
    "is my favorite subject", "is my favorite class", "are so cool", "is so cool",
    "are awesome", "is awesome", "is fun", "are fun", "a lot",
    "is my favorite class by far", "is my favorite subject by far", "by far",
    "after school", "before school", "every saturday", "every sunday", "on saturdays",
    "on sundays", "every couple weeks", "every week", "last summer", "this summer",
    "in our backyard", "in the backyard", "in my backyard", "over the summer", "at church",
    "at my church", "for our school club", "for my school club", "for our club",
    "for my club", "on youtube", "videos on youtube", "and not a computer", "not a computer",
    "with it", "school club", "our school club", "my school club", "by hand", "for money",
    "online for money", "tutorials", "with my friends online", "with friends online",
    "with my friends", "with friends", "with my grandpa", "with my grandma",
    "from youtube videos", "from youtube", "before school every morning",
    "every morning", "every month", "at the farmers market", "than with people",
    "on youtube for fun", "videos on youtube for fun", "vidoes on youtube for fun",
    "is my whole life", "are my whole life", "my whole life", "nonstop", "non stop",
    "just click for me", "just clicks for me", "click for me", "clicks for me",
    # what one does not mind: "needles and blood dont bother me"
    "dont bother me", "doesnt bother me", "don t bother me", "doesn t bother me",
    "dont scare me", "doesnt scare me", "dont gross me out", "doesnt gross me out",
    "club", "team", "at school club",
], key=lambda p: (-len(p.split()), p)))
# Words that say nothing beside a concept ("work outside", "do hair"): dropped with it.
SOFT = frozenset({"work", "working", "job", "jobs", "career", "careers", "do", "doing",
                  "make", "making", "things", "stuff", "something", "i", "can", "where",
                  "that", "lot", "lots", "some", "really", "a", "an", "the", "to", "with",
                  "in", "for", "about", "and", "or", "of", "on", "at", "my", "me", "take",
                  "taking", "save", "saving", "good", "great", "play", "playing", "learn",
                  "learning", "use", "using", "want", "like", "love", "enjoy", "cool", "fun",
                  "be", "being", "go", "get", "also", "other", "people", "all", "kinds",
                  "are", "is", "which", "who", "they", "them", "there", "their", "his",
                  "her", "your", "our", "its", "but", "though", "just", "only", "very",
                  "too", "much", "so", "if", "then", "than", "would", "could", "should",
                  "will", "might", "have", "has", "had", "got", "friends", "always",
                  "come", "comes", "usually", "often", "everyone", "everybody", "others", "out",
                  "what", "whats", "r", "u", "ur"})
# Soft words that still say something beside other words ("talking to people").
MEANT = frozenset({"people"})
# Filler students add that names nothing ("firefighter stuff", "kind of science things"):
# dropped wherever it stands while other words remain; a query with filler reads as a phrase.
FILLER = frozenset({"stuff", "things", "thing", "something", "anything", "kinda", "sorta",
                    "whatever", "etc", "lol", "idk", "maybe", "probably", "somehow",
                    # chat words for how much one means it ("i lowkey love spreadsheets")
                    "lowkey", "highkey", "ngl", "tbh", "fr", "deadass", "literally",
                    "honestly", "lowkeyy", "rlly"})
FILLER_PHRASES = tuple(tuple(p.split()) for p in (
    "kind of", "sort of", "type of", "types of", "kinds of", "a job", "a career",
    "some kind of", "or something", "and stuff", "and things", "or anything",
    # what a job is, not what it is about ("playing video games for a living")
    "for a living", "as a job", "as a career", "for work", "when i grow up",
    "when i am older", "one day", "someday", "all day", "all day long", "every day",
    "all the time", "a lot", "type jobs", "type of jobs", "kind of jobs", "thats", "that s",
    "every weekend", "on weekends", "on the weekends", "on the weekend", "every summer",
    "me and my dad", "me and my mom", "my dad and i", "my mom and i", "with my dad",
    "with my mom", "with my uncle", "w my uncle", "w my dad", "w my mom", "w my friends",
    "a whole", "one on one",
    "not on a computer", "than stuck in an office", "when theres", "when there s",
    "when there is",
    "stuck in an office", "than in an office",
    "in my free time", "in my spare time", "for fun", "as a hobby", "when im older",
    "when i m older", "when i get older",
    "every chance i get", "every chance i can", "whenever i can", "whenever i get the chance",
    "right now", "these days",
    # who they follow and where they learned: "drive a semi like my uncle"
    "like my uncle", "like my dad", "like my mom", "like my grandpa", "like my grandma",
    "like my brother", "like my sister", "like my parents", "like my cousin",
    "in my dads shop", "in my dad s shop", "in my dads garage", "in my dad s garage",
    "in the shop", "in shop class", "at the community college", "at community college",
    "at a community college", "in community college",
    # where and when, beside what they name: "i know every subway line by heart"
    "by heart", "i know every", "of the city at night", "with 10k followers",
    "with lots of followers", "for my parents", "at the doctor", "at the doctors",
    "to the doctor", "find what they need",
    # since when: "ive done ballet since i was four"
    "every night", "each night", "every evening", "since i was little", "since i was a kid",
    "since i was small", "since i was young", "since forever", "since i was four",
    "since i was five", "since i was six", "since i was three", "since i was seven",
    "since i was eight", "since kindergarten", "since first grade", "in my backyard",
    "in my neighborhood", "in the neighborhood", "for guys", "at the tech center",
    "at tech school", "at the vo tech", "at work", "at my job"))
# Verbs too general to be an interest beside another one ("helping kids learn" is about
# kids and learning): a concept named by a phrase starting with one of them ("helping",
# "help people") is dropped beside another concept.
GENERIC_VERBS = frozenset({"help", "helping", "helps", "do", "doing", "make", "making"})
# Verbs that say only how one cares about an interest ("help the planet", "protect
# animals"): dropped when a concept remains (as a title word they find "Helpers" and
# "Protective Service" supervisors).
WEAK_VERBS = GENERIC_VERBS | frozenset({"protect", "protecting", "support", "supporting",
                                        "assist", "assisting", "care", "caring", "watch",
                                        "watching", "see", "seeing", "look", "looking",
                                        "build", "building", "builds", "create", "creating"})

SHORT_TRAINING = "wish:short-training"  # not much school: a certificate at most
NO_COLLEGE = "wish:no-college"
HIGH_PAY = "wish:pay"
GROWTH = "wish:growth"
WISHES: dict[str, tuple[tuple[str, ...], ...]] = {  # each list sorted longest first below
    # read before "no college": "not go to college for long" allows a short course after
    # high school (BLS "Postsecondary nondegree award", as for licensed practical nurses)
    SHORT_TRAINING: tuple(tuple(p.split()) for p in (
        "not go to college for long", "not go to school for long", "not be in school for long",
        "not stay in school long", "not stay in school for long", "not much college",
        "not a lot of college", "not too much college", "not too much school",
        "without much college", "without much school", "little college",
        "not long in college", "not college for long", "not in college for long",
        "dont want to go to college for long", "don t want to go to college for long",
        "do not want to go to college for long", "short training", "quick training",
        "a short course", "a certificate", "only a certificate", "just a certificate",
        "not many years of school", "not many years of college", "trade school",
        "vocational school", "without all the school",
        "not a lot of school", "without much schooling", "on the job training",
        "train you on the job", "learn on the job", "trained on the job", "paid training",
        "less school", "less schooling", "less college", "less time in school",
        "fewer years of school", "not as much school", "not as much college",
        "shorter schooling")),
    NO_COLLEGE: tuple(tuple(p.split()) for p in (
        "no college", "without college", "straight outta high school", "outta high school",
        "right outta high school", "without going to college", "without a degree",
        "without a college degree", "no degree", "no college degree", "dont need college",
        "don t need college", "do not need college", "dont want to go to college",
        "don t want to go to college", "do not want to go to college", "not go to college",
        "skip college", "right out of high school", "straight out of high school",
        "out of high school", "after high school", "only high school", "high school only",
        "no diploma", "without a diploma", "without school", "no school", "not college",
        "not to college", "not going to college", "no college though", "college isnt for me",
        "college is not for me", "college isnt my thing", "not a college person",
        "just a diploma", "only a diploma", "not college material",
        "not really college material", "not the college type", "not a college kid",
        "not a school person", "with just a diploma", "a high school diploma",
        "just high school", "no student loans", "dont want student loans",
        "without student loans", "avoid student loans", "dont want debt", "no debt",
        "no more school", "dont want more school", "after 12th grade", "after twelfth grade",
        "done with school", "after graduation", "right after graduation", "after graduating",
        "when i graduate", "after i graduate", "once i graduate", "after senior year",
        "straight after graduation", "after i finish high school",
        "arent going to college", "aren t going to college", "not going to college",
        "dont want 4 more years of school", "dont want four more years of school",
        "4 more years of school", "four more years of school", "no 4 year degree",
        "no four year degree", "without a 4 year degree", "without a four year degree",
        "not a 4 year degree", "dont want a 4 year degree", "no 4 year college",
        "not 4 years of college", "not four years of college", "straight out of school",
        "right out of school", "without student debt", "no student debt", "student debt",
        "avoid student debt", "without going into debt", "learn quick", "learn quickly",
        "learn fast", "easy to learn", "quick to learn", "college is too expensive",
        "college costs too much", "cant afford college", "can t afford college",
        "too poor for college", "idk about college", "i dont know about college",
        "not sure about college", "unsure about college", "maybe not college",
        "a ged", "just a ged", "with a ged", "only a ged", "ged",
        "instead of college", "instead of going to college",
        "aint going to college", "ain t going to college",
        "aint going to no college", "aint doing college",
        "dont need a degree", "don t need a degree", "do not need a degree", "no degree needed",
        "without going to college", "skip school", "dont like school", "hate school")),
    HIGH_PAY: tuple(tuple(p.split()) for p in (
        "well paid", "well paying", "make a lot of money", "make lots of money",
        "make good money", "make money", "earn a lot", "earn a lot of money", "earn money",
        "high paying", "high pay", "highest paying", "good pay", "pays well", "pay well",
        "good money", "lots of money", "a lot of money", "rich", "get rich", "top paying",
        "best paying", "big money", "high salary", "good salary", "pays good", "pay good",
        "pays a lot", "pay a lot", "good paying", "paid well", "pays good money", "big paycheck",
        "makes good money", "makes a lot of money", "good paycheck", "make bank",
        "millionaire", "a millionaire", "be a millionaire", "millionare", "100k", "six figures",
        "six figure", "big salary", "big salaries", "high salary", "high salaries",
        "pays 100k", "lots of cash", "get rich quick", "be rich", "buy my mom a house",
        "buy my parents a house", "buy a house", "support my family", "help my family",
        "so i can help my family", "help my family out", "take care of my family",
        "real money", "making real money", "make real money", "provide for my family",
        "making bank", "makes bank", "big bucks", "make big bucks", "make the most money",
        "makes the most money", "make the most", "makes the most", "pays the most",
        "pay the most", "highest paid", "best paid", "be loaded", "to be loaded",
        "get loaded", "top dollar", "top dollar jobs", "the big bucks", "serious money",
        "fat paycheck", "a fat paycheck", "fat paychecks", "big income", "high income",
        # money worries gone: "a career where i never have to stress about bills"
        "never have to stress about bills", "never stress about bills", "stress about bills",
        "never have to worry about bills", "worry about bills", "never worry about money",
        "never have to worry about money", "not worry about money", "not have to worry about money",
        "dont have to worry about money", "never be broke", "not be broke", "never broke",
        "live comfortably", "a comfortable life", "comfortable life", "pay all my bills",
        "pay the bills easily", "pays enough to live", "pay enough to live", "pays enough",
        "afford to live in the city", "afford rent", "afford my rent", "pay my rent",
        "afford an apartment", "afford a house", "getting paid a lot", "get paid a lot")),
    GROWTH: tuple(tuple(p.split()) for p in (
        "fast growing", "fastgrowing", "growing", "in demand", "high demand", "future proof",
        "lots of jobs", "jobs of the future", "growing fast", "fastest growing",
        "with a future", "have a future", "has a future", "a good future", "jobs with future",
        "future jobs", "jobs of tomorrow", "wont go away", "will always be needed",
        "booming", "that are booming", "hot jobs", "hiring a lot", "lots of openings",
        "will be big", "big in the future", "in the future", "in 10 years", "in ten years",
        "getting more popular", "more popular", "popular jobs", "on the rise", "rising",
        "going to grow", "gonna grow", "will grow", "are growing", "grow in the future",
        "of the future", "careers of the future", "with a good future", "for the future",
        "future careers", "the future",
        "lots of growth", "a lot of growth", "high growth", "fast growth", "good growth",
        "job growth", "growth", "expanding", "in high demand", "always hiring",
        "bright future", "a bright future", "keep growing", "keeps growing", "still growing",
        "will keep growing", "still be around", "will still be around", "wont disappear",
        "not going away", "wont be replaced", "around for a long time", "always be around",
        "always be needed", "wont be replaced by robots", "robots cant take",
        "robots cant replace", "ai cant replace", "ai cant take", "safe from ai",
        "safe from robots", "wont be taken by ai", "need more people", "will need more people",
        "need more workers", "will need more workers", "need lots of people",
        "worker shortage", "shortage of workers", "have a shortage", "short on workers",
        "more openings", "lots of job openings", "always need people", "always needed",
        "up and coming", "taking off", "are taking off", "blowing up", "the next big thing",
        "new and growing", "emerging", "lots of new jobs", "new jobs", "more jobs",
        "more and more jobs", "needed more and more", "gonna be needed", "going to be needed",
        "will be needed more", "needed more", "more needed", "are hiring", "hiring right now",
        "hiring now", "hiring rn", "that are hiring", "more job openings", "getting bigger",
        "job security", "good job security", "secure jobs", "steady work", "wont dry up",
        "never dries up", "wont ever dry up", "gonna be huge", "going to be huge",
        "gonna be huge soon", "going to be huge soon", "gonna be big soon",
        "will be huge", "gonna be big", "going to be big", "huge soon", "big soon",
        "a secure job", "secure career",
        "stable jobs", "a stable job", "stable career", "a stable career", "steady jobs",
        "a steady job",
        "growing the fastest", "are growing the fastest", "growing bigger", "getting more jobs",
        "more openings every year")),
}


WISHES = {key: tuple(sorted(options, key=len, reverse=True)) for key, options in WISHES.items()}


def _plain(word: str) -> str:
    """A wish word said in the singular or the plural alike ("big paychecks")."""
    return word if len(word) < 5 else singular(word)


# the wishes as compared: each word in its rough singular
_PLAIN_WISHES = {key: tuple(tuple(_plain(w) for w in phrase) for phrase in options)
                 for key, options in WISHES.items()}
# Wishes that are also an activity when an object follows ("growing food"): wishes only at
# the end of the query or before a word for jobs ("growing jobs", "growing fields").
ACTIVITY_WISHES = frozenset({("growing",), ("growth",), ("rising",), ("expanding",)})
JOB_WORDS = LEAD_OUTS | {"field", "fields", "industry", "industries", "area", "areas", "work"}


WISH_MEANINGS = {NO_COLLEGE: "no college degree needed",
                 SHORT_TRAINING: "no college degree needed", HIGH_PAY: "highest pay first",
                 GROWTH: "growing faster than average"}


def wish_text(key: str) -> str:
    """The chip shown for a wish, translated."""
    if key in (NO_COLLEGE, SHORT_TRAINING):  # a certificate is no college degree
        return translate("Search", "Understood: no college degree needed")
    if key == HIGH_PAY:
        return translate("Search", "Understood: highest pay first")
    return translate("Search", "Understood: growing faster than average")


def concept_text(label: str) -> str:
    """The chip shown for a concept, translated around its label from ``synonyms.tsv``."""
    return translate("Search", "Understood: {meaning}").format(meaning=label)


@dataclass(frozen=True)
class Group:
    """One line of ``synonyms.tsv``: a concept or a synonym."""

    kind: str  # "concept" or "synonym"
    label: str
    triggers: tuple[tuple[str, ...], ...]
    words: tuple[str, ...]  # single words searched
    groups: tuple[tuple[str, ...], ...]  # words searched together in one item

    @cached_property
    def longest_first(self) -> tuple[tuple[str, ...], ...]:
        """The triggers, longest first: read in this order no word of one is left over
        ("show pigs" before "pigs")."""
        return tuple(sorted(self.triggers, key=len, reverse=True))

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.label}"


@dataclass(frozen=True)
class Phrases:
    """The concept and synonym groups, and where each came from."""

    concepts: tuple[Group, ...]
    synonyms: tuple[Group, ...]
    sources: dict[str, str]  # group key -> its "## source:" line
    spellings: dict[str, str] = field(default_factory=dict)  # a way of writing -> the words

    @cached_property
    def trigger_words(self) -> frozenset[str]:
        """Every word that starts a concept or synonym phrase or is one, and the words of
        phrases of two words ("blood" of "not scared of blood" is none: "draw blood" is a
        task, not drawing), and the words of synonyms of one or two words ("secretary" of
        "secretary of state" is none: "medical secretary" is a title)."""
        return frozenset(
            [w for g in self.concepts for t in g.triggers
             for w in (t if len(t) <= 2 else t[:1])]
            + [w for g in self.synonyms for t in g.triggers if len(t) <= 2 for w in t])

    @cached_property
    def concept_triggers(self) -> dict[str, list[tuple[tuple[str, ...], Group]]]:
        """Every concept phrase with its group, by its first word, longest first."""
        found: dict[str, list[tuple[tuple[str, ...], Group]]] = {}
        for trigger, group in sorted(((t, g) for g in self.concepts for t in g.triggers),
                                     key=lambda pair: -len(pair[0])):
            found.setdefault(trigger[0], []).append((trigger, group))
        return found

    @cached_property
    def long_synonyms(self) -> dict[str, list[tuple[str, ...]]]:
        """The synonym phrases of two or more words, by their first word ("finance
        minister"): a concept inside one is not read on its own."""
        found: dict[str, list[tuple[str, ...]]] = {}
        for group in self.synonyms:
            for trigger in group.triggers:
                if len(trigger) > 1:
                    found.setdefault(trigger[0], []).append(trigger)
        return found


@dataclass(frozen=True)
class Chip:
    """Something the query was understood to mean; the student can remove it."""

    key: str
    text: str  # the chip as shown: "Understood: animals", translated
    meaning: str = ""  # what was understood, untranslated ("animals"), for the command line


@dataclass
class Reading:
    """What ``read_phrases`` found."""

    rest: list[str]  # the words left to search as typed, in order
    positions: dict[str, int]  # word or concept key -> where it stood in the query
    concepts: list[Group] = field(default_factory=list)
    synonyms: dict[str, Group] = field(default_factory=dict)  # word -> its group
    chips: list[Chip] = field(default_factory=list)
    max_entry_education: str | None = None
    outlooks: tuple[str, ...] | None = None
    sort: Sort | None = None
    last_kept: bool = True  # the query's last word is still among ``rest``
    phrase: bool = False  # read as a student's phrase (lead-in, wish, filler, concepts)


@lru_cache(maxsize=1)
def load_phrases(path: Path = DATA_FILE) -> Phrases:
    """The groups of the reviewed data file. A malformed line raises ValueError."""
    concepts: list[Group] = []
    synonyms: list[Group] = []
    sources: dict[str, str] = {}
    spellings: dict[str, str] = {}
    source = ""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("## source:"):
            source = line.removeprefix("## source:").strip()
            continue
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4 or parts[0] not in ("concept", "synonym", "spelling") \
                or not source:
            raise ValueError(f"{path.name}:{number}: expected a sourced line "
                             "kind<TAB>phrases<TAB>label<TAB>words")
        kind, typed, label, searched = parts
        if kind == "spelling":  # "ppl" is "people", "alot" is "a lot"
            spellings.update((written, label) for written in typed.split("|"))
            source = ""
            continue
        triggers = tuple(t for t in (tuple(words(p)) for p in typed.split("|")) if t)
        odd = [w for w in searched.replace("+", " ").split() if words(w) != [w]]
        if odd:  # "e-commerce" would reach the index as a query of its own syntax
            raise ValueError(f"{path.name}:{number}: searched words must be folded words "
                             f"(letters and digits): {' '.join(odd)}")
        single = tuple(w for w in searched.split() if "+" not in w)
        together = tuple(tuple(w.split("+")) for w in searched.split() if "+" in w)
        group = Group(kind, label, triggers, single, together)
        (concepts if kind == "concept" else synonyms).append(group)
        sources[group.key] = source
        source = ""
    return Phrases(tuple(_with_verb_forms(concepts, synonyms)), tuple(synonyms), sources,
                   spellings)


def _with_verb_forms(concepts: list[Group], synonyms: list[Group]) -> list[Group]:
    """The concepts, each phrase of two words or more that opens with a verb also said with
    the verb's other form ("keep people safe": "keeping people safe"; "taking care of
    animals": "take care of animals"), unless the file has that phrase already; only forms
    other phrases use, so that no new word is one a typo could be mended to."""
    written = {t for g in concepts + synonyms for t in g.triggers}
    known = {w for t in written for w in t}  # a form no phrase uses is no word to mend to
    added: set[tuple[str, ...]] = set()
    out = []
    for group in concepts:
        more = []
        for trigger in group.triggers:
            if len(trigger) < 2:
                continue
            for form in (f for f in verb_forms(trigger[0])  # not "make posters": a
                         if f in known and f not in GENERIC_VERBS):  # generic verb's phrase
                # is dropped beside another concept, where "posters" alone is kept
                other = (form, *trigger[1:])
                if other not in written and other not in added:
                    added.add(other)
                    more.append(other)
        out.append(replace(group, triggers=group.triggers + tuple(more)) if more else group)
    return out


VOWELS = frozenset("aeiou")


def verb_forms(word: str) -> tuple[str, ...]:
    """A verb's -ing form, or an -ing form's plain verb, as English spells them: "keep" ->
    "keeping", "make" -> "making", "cut" -> "cutting"; "keeping" -> "keep", "making" ->
    "make", "cutting" -> "cut". A word that is no verb gives a form no one types."""
    if not word.isalpha() or len(word) < 2:
        return ()
    if word.endswith("ing") and len(word) >= 5:
        stem = word[:-3]
        if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in VOWELS | {"l", "s"}:
            return (stem[:-1],)  # cutting, putting, shopping
        if stem[-1] not in VOWELS and stem[-2] in VOWELS and stem[-1] not in "wxy" \
                and (len(stem) < 3 or stem[-3] not in VOWELS):
            return (stem + "e", stem)  # making -> make; (visiting -> visit)
        return (stem,)
    if word.endswith("ie"):
        return (word[:-2] + "ying",)
    if word.endswith("e") and not word.endswith("ee") and len(word) > 2:
        return (word[:-1] + "ing",)
    if len(word) <= 4 and word[-1] not in VOWELS | set("wxy") and word[-2] in VOWELS \
            and (len(word) < 3 or word[-3] not in VOWELS):
        return (word + word[-1] + "ing",)  # cut, put, shop, plan
    return (word + "ing",)


def phrase_words(phrases: Phrases) -> frozenset[str]:
    """Every word of a lead-in, tail, filler, wish or concept phrase (typos of them are
    mended; "bother" of "dont bother me" is not mended to "brother")."""
    found = {w for phrase in LEAD_INS + LEAD_OUT_PHRASES + FILLER_PHRASES for w in phrase}
    found |= {w for options in WISHES.values() for phrase in options for w in phrase}
    found |= {w for g in phrases.concepts + phrases.synonyms for t in g.triggers for w in t}
    return frozenset(w for w in found if len(w) >= 3)


def _find(tokens: list[str | None], phrase: tuple[str, ...]) -> int:
    """Where the phrase starts among the tokens still unread, or -1."""
    n = len(phrase)
    for i in range(len(tokens) - n + 1):
        if tuple(tokens[i:i + n]) == phrase:
            return i
    return -1


# Small words said differently inside a phrase without changing it: "run my own business" is
# "run a business", "fix the cars" is "fix cars".
DETERMINERS = frozenset({"a", "an", "the", "my", "your", "our", "their", "his", "her", "own",
                         "some", "any"})
# Words that make a phrase stronger without changing it, said inside it: "pays really well",
# "a very bright future", "super high paying".
INTENSIFIERS = frozenset({"really", "very", "super", "so", "extremely", "pretty", "real",
                          "truly", "actually", "reallly", "rly", "realy"})


def _span(tokens: list[str | None], phrase: tuple[str, ...]) -> tuple[int, int] | None:
    """Where the phrase stands among the tokens still unread (start, end), a determiner
    inside it said or left out or said differently; None when it is not there."""
    if sum(word not in DETERMINERS for word in phrase) < 2:  # "on my own" is not "on the"
        at = _find(tokens, phrase)
        return None if at < 0 else (at, at + len(phrase))
    for start, token in enumerate(tokens):
        if token != phrase[0]:
            continue
        i, j = 1, start + 1  # i: next phrase word, j: next token
        while i < len(phrase) and j < len(tokens):
            word, said = phrase[i], tokens[j]
            if said == word:
                i, j = i + 1, j + 1
            elif said in DETERMINERS and word in DETERMINERS:
                i, j = i + 1, j + 1  # "my" for "a"
            elif said in DETERMINERS or said in INTENSIFIERS:
                j += 1  # "run my own business": "own" said more; "pays really well"
            elif word in DETERMINERS:
                i += 1  # "fix cars" for "fix the cars"
            else:
                break
        if i == len(phrase):
            return start, j
    return None


def read_phrases(tokens: list[str], ignore: frozenset[str], phrases: Phrases) -> Reading:
    """Read wishes, lead-ins, concepts and synonyms out of a query's folded words."""
    left: list[str | None] = list(tokens)
    present = frozenset(tokens)
    reading = Reading([], {})
    wished = _read_wishes(left, ignore, reading)
    led = _strip_lead_ins(left, phrases)
    probe = list(left)  # filler is dropped after concepts ("build things" is one)
    filled = _drop_fillers(probe)
    remaining = [t for t in probe if t is not None]
    trigger_words = phrases.trigger_words
    # a phrase: a lead-in, a wish or filler, or only words of concepts and soft words
    # ("helping kids learn", "building houses")
    phrase_like = led or wished or filled or (len(remaining) > 1 and all(
        w in trigger_words or w in SOFT or (i == 0 and _gerund(w))
        for i, w in enumerate(remaining)))  # "painting houses", "cutting hair"
    taken = _synonym_spans(left, present, phrases)
    found = _read_concepts(left, present, ignore, phrases, remaining, phrase_like, taken)
    _drop_fillers(left, bool(found) or wished)  # beside a concept or a wish, filler may
    # leave nothing ("jobs that will still be around when im older")
    reading.phrase = bool(phrase_like or found)
    _drop_soft_words(left, reading.phrase, taken)
    for _, group, at in sorted(found, key=lambda f: f[2]):
        reading.chips.append(Chip(group.key, concept_text(group.label), group.label))
        if group.key not in ignore:
            reading.concepts.append(group)
            reading.positions[group.key] = at
    _read_synonyms(left, present, phrases, reading)
    weak = SOFT | WEAK_VERBS if reading.concepts else SOFT
    if (reading.concepts or wished or led) and all(t in weak for t in left if t is not None):
        left = [None if t in weak else t for t in left]
    reading.rest = [t for t in left if t is not None]
    for position, token in enumerate(left):
        if token is not None:
            reading.positions.setdefault(token, position)
    reading.last_kept = bool(tokens) and left[-1] is not None
    return reading


def _read_wishes(left: list[str | None], ignore: frozenset[str], reading: Reading) -> bool:
    """Read the wishes ("no college", "high pay") into ``reading``, blanking their words in
    ``left`` unless the student removed their chip; whether any wish phrase was there."""
    wished = False
    for key, options in _PLAIN_WISHES.items():
        plain = [None if t is None else _plain(t) for t in left]  # as read so far
        said = frozenset(t for t in plain if t is not None)
        spans = ((phrase, _span(plain, phrase)) for phrase in options if phrase[0] in said)
        patterned = _patterned_wish(key, left)  # after the listed phrases (longest first)
        for phrase, span in [*spans, ((), patterned)]:
            if span is None:
                continue
            at, end = span
            after = left[end] if end < len(left) else None
            if phrase in ACTIVITY_WISHES and after is not None and after not in JOB_WORDS:
                continue  # "growing food" is an activity, "growing jobs" a wish
            if key == NO_COLLEGE and any(c.key == SHORT_TRAINING for c in reading.chips):
                break  # "not go to college for long" was read as a short course
            wished = True  # a phrase, even when the student removed its chip
            if key not in ignore:
                left[at:end] = [None] * (end - at)
                _apply_wish(key, reading)
            if not any(c.key == key for c in reading.chips):
                reading.chips.append(Chip(key, wish_text(key), WISH_MEANINGS[key]))
            break
    return wished


# Wishes said in words no list holds: a word for pay near a word for much ("pay a ton",
# "salary is high"), a no before a word for college ("dont want college", "never going to
# university"). The window is in words, either side for pay, after the no for college.
MONEY_WORDS = frozenset({"pay", "pays", "paid", "paying", "salary", "salaries", "money",
                         "income", "earn", "earns", "earning", "cash", "paycheck", "wage",
                         "wages", "paychecks"})
MUCH_WORDS = frozenset({"lot", "lots", "alot", "ton", "tons", "high", "higher", "highest",
                        "big", "huge", "most", "mad", "crazy", "serious", "loads", "insane",
                        "biggest", "bigger", "fat", "fattest"})
# after the word for pay only ("pay is really good", "the money is great"): "good with money"
# is an interest in money, not a wish
GOOD_WORDS = frozenset({"good", "well", "great", "decent", "nice", "excellent", "amazing",
                        "awesome", "solid"})
NO_WORDS = frozenset({"no", "not", "dont", "never", "without", "skip", "skipping", "avoid",
                      "hate", "isnt", "wont", "cant", "nope", "arent", "aint"})
UNSURE_WORDS = frozenset({"sure", "idea", "clue", "know", "decided", "certain"})  # "not sure
# about college" is no wish
HEDGES = frozenset({"think", "im", "i", "m", "going", "gonna", "to", "go", "really",
                    "probably", "ever", "even"})
COLLEGE_WORDS = frozenset({"college", "degree", "university", "uni", "colleges", "degrees"})
WISH_WINDOW = 3


def _patterned_wish(key: str, left: list[str | None]) -> tuple[int, int] | None:
    """The span of ``key``'s wish said in words of the patterns above, or None."""
    if key == HIGH_PAY:
        return _pay_span(left)
    if key == NO_COLLEGE:
        return _no_college_span(left)
    return None


def _pay_span(left: list[str | None]) -> tuple[int, int] | None:
    """A word for pay near a word for much, or followed by a word for good."""
    for i, word in enumerate(left):
        if word in MONEY_WORDS:
            near = [j for j in range(max(0, i - WISH_WINDOW), i + WISH_WINDOW + 1)
                    if j != i and j < len(left) and (
                        left[j] in MUCH_WORDS or (j > i and left[j] in GOOD_WORDS))]
            if near:
                return min(i, near[0]), max(i, near[0]) + 1
    return None


def _no_college_span(left: list[str | None]) -> tuple[int, int] | None:
    """A no before a word for college (hedges between do not count), or just after one
    ("college is not in my plans")."""
    for i, word in enumerate(left):
        if word in NO_WORDS:
            said = 0  # words between, not counting hedges ("dont think im going to")
            for j in range(i + 1, len(left)):
                if left[j] in UNSURE_WORDS or said > WISH_WINDOW:
                    break
                if left[j] in COLLEGE_WORDS:
                    return i, j + 1
                said += left[j] not in HEDGES
        elif word in COLLEGE_WORDS:
            for j in range(i + 1, min(len(left), i + 3)):
                if left[j] in NO_WORDS:
                    return i, j + 1
    return None


def _apply_wish(key: str, reading: Reading) -> None:
    if key == NO_COLLEGE:
        reading.max_entry_education = HIGH_SCHOOL
    elif key == SHORT_TRAINING:
        reading.max_entry_education = NONDEGREE
    elif key == HIGH_PAY:
        reading.sort = Sort.PAY
    else:
        reading.outlooks = GROWING


def _synonym_spans(left: list[str | None], present: frozenset[str],
                   phrases: Phrases) -> list[tuple[int, int]]:
    """Where the synonym phrases of two or more words stand (start, end)."""
    spans = (_span(left, trigger) for word in present
             for trigger in phrases.long_synonyms.get(word, ()))
    return [span for span in spans if span is not None]


def _read_concepts(left: list[str | None], present: frozenset[str], ignore: frozenset[str],
                   phrases: Phrases, remaining: list[str], phrase_like: bool,
                   taken: list[tuple[int, int]]) -> list[tuple[tuple[str, ...], Group, int]]:
    """The concepts the words name (trigger, group, position), longest trigger first; their
    words are blanked in ``left`` unless the student removed their chip. A concept inside a
    longer synonym phrase (``taken``) is not read: "finance minister" is a minister."""
    found: list[tuple[tuple[str, ...], Group, int]] = []
    ends: dict[int, int] = {}  # where each concept read ends
    done: set[str] = set()
    def said(pair: tuple[tuple[str, ...], Group]) -> int:  # how many words it spans
        span = _span(left, pair[0])
        return 0 if span is None else span[1] - span[0]

    candidates = sorted((pair for word in present
                         for pair in phrases.concept_triggers.get(word, ())),
                        key=lambda pair: (-said(pair), -len(pair[0]), pair[1].key, pair[0]))
    for trigger, group in candidates:  # longest first
        if group.key in done:
            continue
        span = _span(left, trigger)
        if span is None:
            continue
        at, end = span
        if any(a <= at and end <= b and b - a > end - at for a, b in taken):
            continue
        own = {w for t in group.triggers for w in t}
        others = [w for w in remaining if w not in own]
        if not (phrase_like or len(trigger) > 1 or all(w in SOFT for w in others)):
            continue
        done.add(group.key)
        found.append((trigger, group, at))
        ends[at] = end
        if group.key in ignore:
            continue
        left[at:end] = [None] * (end - at)  # first the words read
        _blank_all(left, group)
    generic = [f for f in found if f[0][0] in GENERIC_VERBS]
    if generic and len(generic) < len(found):  # "helping kids learn": kids, learning;
        # "help people with their feelings": feelings
        for trigger, group, at in generic:
            found.remove((trigger, group, at))
            if group.key not in ignore:
                left[at:ends[at]] = [None] * (ends[at] - at)
    return found


def _blank_all(left: list[str | None], group: Group) -> None:
    """Blank every other phrase of a concept read ("makeup and hair": one concept)."""
    for also in group.longest_first:
        while (more := _span(left, also)) is not None:
            left[more[0]:more[1]] = [None] * (more[1] - more[0])


def _drop_soft_words(left: list[str | None], phrase: bool,
                     kept: list[tuple[int, int]]) -> None:
    """In a phrase, blank the generic verbs and soft words beside the words that count
    (not inside the synonym phrases ``kept``: "minister of health")."""
    live = [i for i, t in enumerate(left) if t is not None]
    soft = [i for i in live if (left[i] in GENERIC_VERBS
            or (left[i] in SOFT and left[i] not in MEANT))
            and not any(a <= i < b for a, b in kept)]
    if phrase and len(soft) < len(live):
        for i in soft:  # "making websites": websites; "working in an office": office
            left[i] = None


def _read_synonyms(left: list[str | None], present: frozenset[str], phrases: Phrases,
                   reading: Reading) -> None:
    for group in phrases.synonyms:
        for trigger in group.triggers:
            if trigger[0] not in present:
                continue
            span = _span(left, trigger)
            if span is None:
                continue
            at, end = span
            if end - at > 1:  # "au pair": searched as the first word, which stays
                left[at + 1:end] = [None] * (end - at - 1)
            word = trigger[0]
            reading.synonyms.setdefault(word, group)
            break


def _gerund(word: str) -> bool:
    """Whether a word reads as an activity ("painting", "cutting")."""
    return len(word) >= 6 and word.endswith("ing") and word.isalpha()


def agent_nouns(word: str) -> tuple[str, ...]:
    """Who may do an activity or study a field, as English forms them: "painting" ->
    "painter", "cutting" -> "cutter", "editing" -> "editor", "typing" -> "typist";
    "history" -> "historian", "biology" -> "biologist", "astronomy" -> "astronomer";
    "physics" -> "physicist", "economics" -> "economist"; "music" -> "musician",
    "art" -> "artist", "garden" -> "gardener". Job titles name the person, and the stemmer
    keeps the two apart ("history" / "historian"); the caller keeps the ones the index
    knows."""
    if not word.isalpha() or len(word) < 3:
        return ()
    if _gerund(word):
        stem = word[:-3]
        return tuple(stem + ending for ending in ("er", "or", "ist"))
    if word.endswith("ics"):
        return (word[:-1] + "ist", word[:-3] + "ist")  # not "-ian": physics, physician
    if word.endswith("y"):
        return tuple(word[:-1] + ending for ending in ("ist", "er", "ian"))
    return tuple(word + ending for ending in ("ian", "ist", "er"))


def _drop_fillers(left: list[str | None], beside_concept: bool = False) -> bool:
    """Blank out filler ("stuff", "kind of", "like" after the first word) while other words
    (or, ``beside_concept``, a concept already read) remain; whether any was found."""
    found = False
    for phrase in FILLER_PHRASES:
        while (at := _find(left, phrase)) >= 0 and (beside_concept or sum(
                t is not None for t in left) > len(phrase)):
            left[at:at + len(phrase)] = [None] * len(phrase)
            found = True
    live = [i for i, t in enumerate(left) if t is not None]
    fill = [i for i in live if left[i] in FILLER or (left[i] == "like" and i != live[0])]
    if fill and (beside_concept or len(fill) < len(live)):
        for i in fill:
            left[i] = None
        found = True
    return found


def _strip_lead_ins(left: list[str | None], phrases: Phrases) -> bool:
    """Blank out lead-ins at the start (not where a concept's phrase begins: "working with my
    hands") and lead-outs at the end ("needles and blood dont bother me") while words remain
    after them; whether any was found."""
    found = False
    while True:
        live = [i for i, t in enumerate(left) if t is not None]
        if len(live) < 2:
            return found
        words_left = [left[i] for i in live]
        # a concept's phrase at the start: no lead-in there, no tail cut into it
        kept = max((len(trigger) for trigger, _ in phrases.concept_triggers.get(
            words_left[0] or "", ()) if len(trigger) > 1
            and tuple(words_left[:len(trigger)]) == trigger), default=0)
        for phrase in () if kept else _LEAD_INS_BY_WORD.get(words_left[0] or "", ()):
            if len(phrase) < len(words_left) and tuple(words_left[:len(phrase)]) == phrase:
                for i in live[:len(phrase)]:
                    left[i] = None
                found = True
                break
        else:
            if words_left[-1] in LEAD_OUTS and len(words_left) > kept:
                left[live[-1]] = None
                found = True
                continue
            if any(tuple(words_left[-len(trigger):]) == trigger for trigger, _ in
                   phrases.concept_triggers.get(words_left[-2] or "", ())):
                return found  # "shop class" names a concept: its tail stays
            for tail in LEAD_OUT_PHRASES:  # longest first
                if len(tail) <= len(words_left) - max(kept, 1) \
                        and tuple(words_left[-len(tail):]) == tail:
                    for i in live[-len(tail):]:
                        left[i] = None
                    found = True
                    break
            else:
                return found
