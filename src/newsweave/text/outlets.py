"""Built-in list of major news outlets: the names articles credit them by, and their domains.

A credit names an outlet ("NBC News reports"); an article names its outlet by a domain
(`nbcnews.com`) or a name. `outlet_keys` reduces both to comparable keys so that a credit can
point to the credited outlet's article in a story, for outlets in this list and for unknown
ones alike ("the Harbour Gazette" -> `harbourgazette`, which `harbourgazette.example` has too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Outlet:
    """A known outlet: its usual name, other names and codes it goes by, its domains, and
    whether it is a news agency whose copy others reprint (a hint for direction)."""

    name: str
    domains: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    agency: bool = False


# Names are matched case-sensitively in credit phrases, so short aliases ("AP", "Time") do not
# fire on ordinary words. Agency codes of the DUC/TREC collections (APW, NYT, XIE) are aliases.
# Words that end a newspaper's or magazine's name ("The Harbour Gazette", "Newsweek"): a name
# ending in one is a publication's, not a person's (a quotation's speaker, extract/speakers).
MASTHEAD_WORDS = frozenset(
    """times post journal gazette herald tribune telegraph chronicle inquirer examiner courier
    dispatch bulletin newsweek magazine newspaper news""".split()
)
# Words in outlets' names of every kind (wires, broadcasters, sites: "Harbour Daily", "Lindmark
# Radio"): looser, for a name an article credits ("according to ...", provenance/credits).
OUTLET_WORDS = MASTHEAD_WORDS | frozenset(
    """wire press daily observer guardian mail express radio tv television agency network
    review today reporter standard independent sun mirror globe register monitor
    insider media weekly channel broadcasting service online star record enquirer leader
    voice digest report reports newsroom""".split()
)

OUTLETS: tuple[Outlet, ...] = (
    Outlet("The Associated Press", ("apnews.com",), ("Associated Press", "AP", "APW"), True),
    Outlet("Reuters", ("reuters.com",), ("Thomson Reuters",), True),
    Outlet("AFP", ("afp.com",), ("Agence France-Presse", "Agence France Presse"), True),
    Outlet("Xinhua", ("xinhuanet.com", "news.cn"), ("Xinhua News Agency", "XIE"), True),
    Outlet("UPI", ("upi.com",), ("United Press International",), True),
    Outlet("dpa", ("dpa.com",), ("DPA", "Deutsche Presse-Agentur"), True),
    Outlet("Kyodo News", ("kyodonews.net",), ("Kyodo",), True),
    Outlet("Yonhap", ("yna.co.kr",), ("Yonhap News Agency",), True),
    Outlet("ANSA", ("ansa.it",), (), True),
    Outlet("EFE", ("efe.com",), (), True),
    Outlet("TASS", ("tass.com",), ("ITAR-TASS",), True),
    Outlet("Interfax", ("interfax.com",), (), True),
    Outlet("Anadolu Agency", ("aa.com.tr",), ("Anadolu",), True),
    Outlet("Bloomberg", ("bloomberg.com",), ("Bloomberg News",), True),
    Outlet("NBC News", ("nbcnews.com",), ("NBC",)),
    Outlet("CNN", ("cnn.com",), ()),
    Outlet("Politico", ("politico.com",), ("POLITICO",)),
    Outlet("CBS News", ("cbsnews.com",), ("CBS",)),
    Outlet("ABC News", ("abcnews.go.com", "abcnews.com"), ("ABC",)),
    Outlet("Fox News", ("foxnews.com",), ("Fox",)),
    Outlet("NPR", ("npr.org",), ()),
    Outlet("PBS", ("pbs.org",), ("PBS NewsHour",)),
    Outlet("MSNBC", ("msnbc.com",), ()),
    Outlet("CNBC", ("cnbc.com",), ()),
    Outlet("The New York Times", ("nytimes.com",), ("New York Times", "NYT")),
    Outlet("The Washington Post", ("washingtonpost.com",), ("Washington Post",)),
    Outlet("The Wall Street Journal", ("wsj.com",), ("Wall Street Journal", "WSJ")),
    Outlet("USA Today", ("usatoday.com",), ("USA TODAY",)),
    Outlet("Los Angeles Times", ("latimes.com",), ("LA Times", "L.A. Times")),
    Outlet("New York Post", ("nypost.com",), ()),
    Outlet("Axios", ("axios.com",), ()),
    Outlet("The Hill", ("thehill.com",), ()),
    Outlet("Newsweek", ("newsweek.com",), ()),
    Outlet("Time", ("time.com",), ("TIME",)),
    Outlet("The Atlantic", ("theatlantic.com",), ()),
    Outlet("Vox", ("vox.com",), ()),
    Outlet("HuffPost", ("huffpost.com",), ("Huffington Post",)),
    Outlet("BuzzFeed News", ("buzzfeednews.com",), ()),
    Outlet("Business Insider", ("businessinsider.com",), ("Insider",)),
    Outlet("ProPublica", ("propublica.org",), ()),
    Outlet("Semafor", ("semafor.com",), ()),
    Outlet("The Daily Beast", ("thedailybeast.com",), ("Daily Beast",)),
    Outlet("Washington Examiner", ("washingtonexaminer.com",), ()),
    Outlet("Newsmax", ("newsmax.com",), ()),
    Outlet("The Epoch Times", ("theepochtimes.com",), ("Epoch Times",)),
    Outlet("Breitbart News", ("breitbart.com",), ("Breitbart",)),
    Outlet("Voice of America", ("voanews.com",), ("VOA",)),
    Outlet("Radio Free Europe/Radio Liberty", ("rferl.org",), ("RFE/RL",)),
    Outlet("BBC", ("bbc.co.uk", "bbc.com"), ("BBC News",)),
    Outlet("The Guardian", ("theguardian.com",), ("Guardian",)),
    Outlet("The Times", ("thetimes.co.uk",), ()),
    Outlet("The Telegraph", ("telegraph.co.uk",), ("Daily Telegraph",)),
    Outlet("The Independent", ("independent.co.uk",), ()),
    Outlet("Financial Times", ("ft.com",), ("FT",)),
    Outlet("The Economist", ("economist.com",), ()),
    Outlet("Daily Mail", ("dailymail.co.uk",), ("Mail Online", "MailOnline")),
    Outlet("Sky News", ("news.sky.com",), ()),
    Outlet("Deutsche Welle", ("dw.com",), ("DW",)),
    Outlet("Der Spiegel", ("spiegel.de",), ("Spiegel",)),
    Outlet("Le Monde", ("lemonde.fr",), ()),
    Outlet("France 24", ("france24.com",), ()),
    Outlet("Euronews", ("euronews.com",), ()),
    Outlet("Al Jazeera", ("aljazeera.com",), ()),
    Outlet("Al Arabiya", ("alarabiya.net",), ()),
    Outlet("Haaretz", ("haaretz.com",), ()),
    Outlet("The Times of Israel", ("timesofisrael.com",), ("Times of Israel",)),
    Outlet("The Kyiv Independent", ("kyivindependent.com",), ("Kyiv Independent",)),
    Outlet("Ukrinform", ("ukrinform.net",), ()),
    Outlet("RT", ("rt.com",), ("Russia Today",)),
    Outlet("Sputnik", ("sputniknews.com",), ()),
    Outlet("South China Morning Post", ("scmp.com",), ("SCMP",)),
    Outlet("Nikkei", ("asia.nikkei.com", "nikkei.com"), ("Nikkei Asia",)),
    Outlet("The Times of India", ("timesofindia.indiatimes.com",), ("Times of India",)),
    Outlet("Hindustan Times", ("hindustantimes.com",), ()),
    Outlet("The Straits Times", ("straitstimes.com",), ("Straits Times",)),
    Outlet("The Sydney Morning Herald", ("smh.com.au",), ("Sydney Morning Herald",)),
    Outlet("NHK", ("nhk.or.jp",), ()),
)

_NOT_KEY = re.compile(r"[^a-z0-9]+")
_GENERIC_LABELS = frozenset({"www", "news", "m", "amp", "edition", "go", "com", "co", "org"})


def _build() -> dict[str, Outlet]:
    table: dict[str, Outlet] = {}
    for outlet in OUTLETS:
        for label in (outlet.name, *outlet.aliases, *outlet.domains):
            table.setdefault(label, outlet)
    return table


_BY_LABEL = _build()
_BY_LOWER = {label.lower(): outlet for label, outlet in _BY_LABEL.items()}


def known_outlet(label: str | None) -> Outlet | None:
    """The built-in outlet a name, alias, agency code or domain stands for, if any."""
    if not label:
        return None
    label = label.strip()
    found = _BY_LABEL.get(label) or _BY_LABEL.get(re.sub(r"^[Tt]he\s+", "", label))
    if found is None and "." in label and " " not in label:
        parts = _domain(label).split(".")
        # `edition.cnn.com` is cnn.com: try the host, then each parent domain.
        for start in range(len(parts) - 1):
            found = found or _BY_LOWER.get(".".join(parts[start:]))
    return found


def known_names() -> list[str]:
    """Every name and alias of the built-in outlets, longest first (for regex alternation)."""
    names = {label for o in OUTLETS for label in (o.name, *o.aliases)}
    return sorted(names, key=lambda n: (-len(n), n))


@lru_cache(maxsize=4096)
def outlet_keys(label: str | None) -> frozenset[str]:
    """Comparable keys of an outlet given as a name ("the Harbour Gazette") or a domain
    (`harbourgazette.example`, `https://www.nbcnews.com/...`): its built-in identity if known,
    else its name squeezed to letters and digits, or its domain's distinctive label."""
    if not label:
        return frozenset()
    keys = set()
    outlet = known_outlet(label)
    if outlet is not None:
        keys.add("=" + outlet.name)
    if "." in label and " " not in label.strip():
        domain = _domain(label)
        labels = [p for p in domain.split(".")[:-1] if p not in _GENERIC_LABELS]
        keys.update(_NOT_KEY.sub("", p) for p in labels)
    else:
        squeezed = _NOT_KEY.sub("", re.sub(r"^the\s+", "", label.strip().lower()))
        if squeezed:
            keys.add(squeezed)
    keys.discard("")
    return frozenset(keys)


def _domain(label: str) -> str:
    text = label.strip().lower()
    host = _hostname(text) or text
    return host.removeprefix("www.")


def host_of(url: str | None) -> str | None:
    """The host an article URL belongs to, without `www.` (`nbcnews.com`)."""
    if not url:
        return None
    host = _hostname(url)
    return host.removeprefix("www.") if host else None


def _hostname(url: str) -> str | None:
    """The host of a URL or bare domain; None for what urlsplit refuses ("http://[bad")."""
    try:
        return urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None


def outlet_name(
    source: str | None, url: str | None, byline: str | None = None, text: str = ""
) -> str | None:
    """The one rule for who published an article, strongest evidence first: the built-in
    outlet its source or URL names ("nbcnews.com" and "NBC News" are both "NBC News"); the
    source as given; the URL's host; a known outlet its byline names ("By Jane Doe,
    Reuters"); the outlet its own text names as itself ("Northwire has contacted the port",
    "Stay tuned to the Daily Reposter"). None when nothing says it."""
    for label in (source, url):
        outlet = known_outlet(label)
        if outlet is not None:
            return outlet.name
    if source and source.strip():
        return source.strip()
    return host_of(url) or _byline_outlet(byline) or self_named(text)


def _byline_outlet(byline: str | None) -> str | None:
    for part in re.split(r"\s*[,|/]\s*|\s+(?:for|of)\s+", byline or "")[1:]:
        outlet = known_outlet(part.strip())
        if outlet is not None:
            return outlet.name
    return None


# An outlet speaks of itself in the third person when it says what it did to report the
# story or asks readers to come back; a name there is the publisher, never a source.
# Names start at a word's start and take whole words (possessive): linear on any text.
_OUTLET_NAME = r"(?<![\w'’&.-])(?:[Tt]he\s+)?((?:[A-Z][\w'’&.-]*+\s+){0,3}[A-Z][\w'’&.-]*+)"
_SELF_NAMED = re.compile(
    rf"(?:^|(?<=[.!?]\s)){_OUTLET_NAME}\s+(?:has|had)\s+(?:contacted|reached\s+out\s+to|"
    rf"asked|approached|requested\s+comment)\b"
    rf"|{_OUTLET_NAME}\s+(?:could\s+not|was\s+unable\s+to)\s+(?:independently\s+)?"
    rf"(?:verify|confirm)\b"
    rf"|\b(?:[Ss]tay\s+tuned\s+to|[Kk]eep\s+reading|[Ff]ollow)\s+{_OUTLET_NAME}\s+for\b"
    rf"|(?:©|\(c\)|[Cc]opyright)\s*(?:\d{{4}}\s+)?{_OUTLET_NAME}",
    re.M,
)


def self_named(text: str) -> str | None:
    """The outlet an article's text names as itself, if any (see _SELF_NAMED)."""
    for match in _SELF_NAMED.finditer(text):
        name = next(g for g in match.groups() if g)
        if name.split()[0] not in _NOT_OUTLETS:
            return name.strip()
    return None


_NOT_OUTLETS = frozenset({"He", "She", "They", "It", "We", "The", "This", "Police", "Officials"})


def outlet_key(name: str) -> str:
    """One comparable key per outlet name, so that "the Harbour Gazette" and
    `harbourgazette.example` count as one outlet."""
    keys = outlet_keys(name)
    return min(keys) if keys else name
