"""Profile links and usernames (Facebook, Instagram) and e-mail addresses in report text.

Only links that point at a person are kept: a report footer is full of help, policy and
login links that would send an officer nowhere.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from daemon.reading.others import about_someone_else

URL = re.compile(
    r"(?:https?://|(?<![\w.@/])(?:www\.|m\.|web\.)?(?=(?:facebook|fb|instagram)\.com/|threads\.net/))[^\s<>\"'()\[\]{}|]+",
    re.I,
)
EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_HOSTS = {
    "facebook.com": "facebook", "www.facebook.com": "facebook", "m.facebook.com": "facebook",
    "web.facebook.com": "facebook", "fb.com": "facebook", "www.fb.com": "facebook",
    "mbasic.facebook.com": "facebook", "instagram.com": "instagram", "www.instagram.com": "instagram",
    "m.instagram.com": "instagram", "threads.net": "threads", "www.threads.net": "threads",
    "threads.com": "threads", "www.threads.com": "threads",
}
# first path segments that are not people
_NOT_PROFILE = {
    "help", "policies", "policy", "legal", "privacy", "about", "login", "login.php", "settings", "terms",
    "safety", "l.php", "hashtag", "explore", "accounts", "direct", "sharer", "sharer.php", "share",
    "watch", "events", "groups", "pages", "gaming", "marketplace", "reel", "reels", "p", "tv",
    "photo.php", "story.php", "permalink.php", "photo", "photos", "video.php", "records", "support",
    "law", "lawenforcement", "la", "business", "ads", "developers", "notifications", "messages",
    "survey", "surveys", "forms", "form", "feedback", "research", "campaign", "events.php", "donate", "fundraisers",
}
USERNAME = re.compile(r"^[A-Za-z0-9._]{2,50}$")


def _clean(url: str) -> str:
    url = url.rstrip(".,;:!?*")
    if not url.lower().startswith("http"):
        url = "https://" + url
    return url


def profile_of(url: str) -> tuple[str, str | None, str | None] | None:
    """(platform, username or None, the link) if ``url`` points at a person's profile."""
    try:
        parts = urlsplit(_clean(url))
    except ValueError:
        return None
    platform = _HOSTS.get((parts.hostname or "").lower())
    if not platform:
        return None
    segments = [s for s in parts.path.split("/") if s]
    if not segments:
        return None
    head = segments[0].lower()
    if platform == "facebook" and head == "profile.php":
        ids = parse_qs(parts.query).get("id")
        return (platform, None, _clean(url)) if ids and ids[0].isdigit() else None
    if platform == "facebook" and head == "people" and len(segments) >= 2:
        return platform, None, _clean(url)
    if platform == "instagram" and head == "stories" and len(segments) >= 2 and USERNAME.match(segments[1]):
        return platform, segments[1], _clean(url)
    if platform == "threads" and head.startswith("@") and USERNAME.match(segments[0][1:]):
        return platform, segments[0][1:], _clean(url)
    if head in _NOT_PROFILE or not USERNAME.match(segments[0]) or head.endswith(".php"):
        return None
    if "id" in parse_qs(parts.query):  # "/survey/?id=77123": a page's own id; a person's is profile.php?id=
        return None
    if len(segments) > 1 and segments[1].lower() not in ("", "about", "posts", "videos", "photos"):
        return None
    return platform, segments[0], _clean(url)


def profile_host(url: str) -> str | None:
    """The platform whose site ``url`` is on (whether or not it points at a person)."""
    try:
        return _HOSTS.get((urlsplit(_clean(url)).hostname or "").lower())
    except ValueError:
        return None


def find_profiles(text: str, links: tuple[str, ...] = (), free_text: bool = False) -> list[tuple[str, str | None, str]]:
    """Profile links in ``text`` (then ``links``), each once; in prose (``free_text``) not the
    links said to be someone else's."""
    out, seen = [], set()
    found_in_text = [m.group(0) for m in URL.finditer(text) if not (free_text and about_someone_else(text, m.start()))]
    for url in found_in_text + list(links):
        found = profile_of(url)
        if found and found[2].rstrip("/").lower() not in seen:
            seen.add(found[2].rstrip("/").lower())
            out.append(found)
    return out


def find_emails(text: str) -> list[str]:
    return list(dict.fromkeys(m.group(0).lower().rstrip(".") for m in EMAIL.finditer(text)))


def clean_username(value: str) -> str | None:
    """'@kavya_0311' / 'instagram.com/kavya_0311' / 'kavya_0311 (Instagram)' -> 'kavya_0311'."""
    found = profile_of(value.strip()) if "/" in value else None
    if found and found[1]:
        return found[1]
    token = value.strip().split()[0] if value.strip() else ""
    token = token.lstrip("@").rstrip(".,;")
    return token if USERNAME.match(token) and not token.isdigit() else None
