"""What Lifeline tells the HQ desk, and why: every desk notice's texts, in one place. Pure.

A notice is mailed from templates/desk_notice.*; ``context`` is the one place its template
context is built. Texts are ``str.format`` patterns, filled with privacy-safe values only
(case ids, mail kinds, station names, our own officers' addresses, reasons): never a
person's name, number or words.
"""

from __future__ import annotations

from dataclasses import dataclass

from daemon.core.report import Report


@dataclass(frozen=True)
class Notice:
    title: str
    reason: str
    action: str


ACT_ON_THE_CASE = "Make sure someone acts on the case."

NOTICES: dict[str, Notice] = {
    # -- about a mail in the HQ mailbox
    "report_held": Notice(
        "report held: {hold}",
        "A self-harm report arrived that could not be verified as sent by the platform ({hold}). "
        "It has NOT been sent to any police station.",
        "If it is genuine, act on it directly; reply RELEASE to this mail to forward it, or ASSIGN <station>."),
    "report_possible": Notice(
        "URGENT: possible report held for you: {case_id}",
        "A mail arrived that may be a self-harm report, but Lifeline cannot tell ({reason}). "
        "It has NOT been sent to any police station. Its clock runs as for a high-risk case: "
        "you will be reminded every {minutes} minutes until someone decides.",
        "Read it now. If it is a report, reply RELEASE to forward it to {route}, or ASSIGN <station>; "
        "if not, reply CLOSE not a report."),
    "report_possible_reminder": Notice(
        "URGENT reminder {count}: possible report {case_id} still undecided",
        "Case {case_id} may be a self-harm report and has waited {count} deadline(s) for a decision.",
        "Reply RELEASE, ASSIGN <station> or CLOSE not a report to case {case_id} now."),
    "platform_notice": Notice(
        "information from {platform_domain}: {subject_words}",
        "A mail from a platform ({platform_domain}) that is about no person (a newsletter, policy update "
        "or request-portal notice). No case was opened. {reason}",
        "For information. If it does concern a person at risk after all, act on it from the HQ mailbox."),
    # -- replies that failed a check (handlers/reply): security events, the desk is told at once
    "reply_unverified": Notice(
        "SECURITY: a reply that could not be verified tried to {tried} {named}",
        "A reply tried to {tried} case {named}, but it neither threads to a Lifeline mail nor "
        "carries a valid reply token (a guessed or copied case number proves nothing). It may be "
        "forged; NOTHING was changed. The attempt is recorded as a security event.",
        "Check with the sender by phone; a genuine officer should reply to the Lifeline mail itself."),
    "reply_unknown_case": Notice(
        "reply to an unknown case",
        "A reply names case {case_id}, which Lifeline does not know.",
        "Check whether the case id was mistyped."),
    "reply_stranger": Notice(
        "SECURITY: a reply from a stranger tried to {tried} {case_id}",
        "A reply tried to {tried} case {case_id} from an address that is neither a recipient of the "
        "case nor on its escalation chain (or the case is held for the HQ desk); NOTHING was "
        "changed, the sender got a polite refusal naming the HQ desk, and the attempt is recorded "
        "as a security event.",
        "Check the sender; forward the case yourself if needed."),
    "reply_unauthenticated": Notice(
        "SECURITY: a reply that could not be verified tried to {tried} {case_id}",
        "A reply that claims to be from someone who may act tried to {tried} case {case_id}, but its "
        "sender could not be authenticated ({why}), which reply_auth_required asks for this "
        "command. It may be forged; NOTHING was changed. The attempt is recorded as a security event.",
        "Call the sender to confirm and act on the case yourself if it is genuine; ask the mail "
        "admins to check DKIM signing for the sender's domain."),
    "automatic": Notice(
        "{kind_words} received",
        "An automatic mail ({kind}) came back{for_case}. It does not count as an acknowledgement{escalated}.",
        "Make sure someone at the station has the case."),
    "unrecognised": Notice(
        "{kind} mail in the HQ mailbox",
        "Lifeline could not treat this mail as a report or a reply (kind: {kind}). {problems}",
        "Read it in the HQ mailbox and act on it if it is a report."),
    "report_not_read_whole": Notice(
        "report {case_id} forwarded; part of the mail was not read",
        "The report was forwarded to {station}, but the mail was too big to read whole: {not_read}. "
        "The forward says so.",
        "Open the original in the HQ mailbox and pass on what the station needs (e.g. a screenshot)."),
    # -- alerts about a case
    "reassign_refused": Notice(
        "re-route request on {case_id} names no known station",
        "{sender} asked to re-route the case to '{station}', which is not a station in the config.",
        ACT_ON_THE_CASE),
    "need_help_no_step": Notice(
        "NEED HELP on {case_id}",
        "{sender} asked for help; the chain has no further step.",
        ACT_ON_THE_CASE),
    # -- failures of Lifeline's own parts
    # the mail server refused a mail for some recipients for good (replies: "address: 550 5.7.1")
    "undeliverable": Notice(
        "{purpose} refused for {count} recipient(s){on_case}",
        "The mail server refused the {purpose} mail{of_case} for good: {replies}.{reached}{trying}{moved}",
        "Reach the station by phone and make sure someone has the case; check the refused address "
        "in config.toml (the roster or the station mailbox)."),
    # a mail still not accepted after send_warn_minutes (a 4xx, or the server unreachable)
    "delayed": Notice(
        "{purpose} delayed {minutes} min{on_case}",
        "The mail server has not accepted the {purpose} mail{of_case} for {minutes} minutes ({error}) "
        "for: {pending}.{reached} Lifeline keeps trying; the escalation clock runs on meanwhile.",
        "Phone the station and give them the case now; ask the mail admins why the server defers."),
    "quarantined": Notice(
        "mail quarantined after repeated failures",
        "Handling this mail failed repeatedly ({error}). It was moved aside so intake goes on.",
        "Read the mail in the quarantine folder and act on it by hand."),
    "alert_down": Notice(
        "{what} DOWN",
        "{text}.{not_read}",
        "Check the mail server and the daemon's log now; watch the platform reports by hand until this is fixed."),
    "alert_up": Notice(
        "{what} working again",
        "{text}",
        "Check the HQ mailbox for anything that arrived during the outage."),
    "model_unknown": Notice(
        "risk model NOT in use: every report handled as HIGH",
        "{text}.",
        "Fix the model files (the reason above says what failed; `make model` rebuilds them, `lifeline score` "
        "tests them) and restart Lifeline. Until then reports are still forwarded, all as HIGH risk. "
        "This notice is repeated every day until it is fixed."),
    "config_fallback": Notice(
        "config.toml refused at start: running on the last good config",
        "{text}.",
        "Fix config.toml (`lifeline check-config` lists the same problems); the fixed file is taken on save. "
        "Until then routing, rosters and chains are those of the last good config. "
        "This notice is repeated every day until it is fixed."),
    "config_refused": Notice(
        "config.toml edit refused",
        "An edit of config.toml was refused; the daemon keeps running with the previous config. "
        "Problems:\n- {problems}",
        "Fix the file (lifeline check-config config.toml shows the same list); it is reloaded on save."),
}

NO_FOLDER = "(none)"


@dataclass(frozen=True)
class Source:
    """What the desk needs to find the mail a notice is about."""

    from_addr: str | None = None
    subject: str | None = None
    message_id: str | None = None


def context(name: str, *, case_id: str | None = None, report: Report | None = None, source: Source | None = None,
            folder: str = NO_FOLDER, **fields: object) -> dict:
    """The desk_notice template's context for notice ``name``; without a source mail the
    notice's own title stands as the subject."""
    notice = NOTICES[name]
    title = notice.title.format(case_id=case_id, **fields)
    source = source or Source(subject=title)
    return {
        "case_id": case_id, "title": title, "reason": notice.reason.format(case_id=case_id, **fields),
        "action": notice.action, "report": report, "source_from": source.from_addr,
        "source_subject": source.subject, "source_message_id": source.message_id, "folder": folder,
    }
