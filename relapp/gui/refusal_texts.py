"""What the services and the domain refuse, in the user's language.

A refusal (``ValidationError`` of the services, ``BadInput`` of the domain)
carries an English template, its message id, and the values for its places;
``str()`` stays English for the command line and the logs.  The window
shows it through ``refusal_text``: the template translated under the
"Refusal" context, then filled in, after the field's name as the form labels
it (else as ``FIELDS`` names it).  The markers below are only there so that
``pyside6-lupdate`` puts every template in the catalogue;
``tests/test_refusal_texts.py`` fails on a template raised anywhere in
relapp/ that is missing here, so none reaches a German window in English.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEMPLATES = (
    QT_TRANSLATE_NOOP("Refusal", 'must be text'),
    QT_TRANSLATE_NOOP("Refusal", 'contains a NUL character'),
    QT_TRANSLATE_NOOP("Refusal", 'must not be empty'),
    QT_TRANSLATE_NOOP("Refusal", 'is too long ({length} characters, at most {most})'),
    QT_TRANSLATE_NOOP("Refusal", 'must be on one line'),
    QT_TRANSLATE_NOOP("Refusal", 'must be a whole number from {low} to {high}'),
    QT_TRANSLATE_NOOP("Refusal", 'must be from {low} to {high}, not {number}'),
    QT_TRANSLATE_NOOP("Refusal", 'must be one of: {options}'),
    QT_TRANSLATE_NOOP("Refusal", 'must be a date written YYYY-MM-DD'),
    QT_TRANSLATE_NOOP("Refusal", '{value} is not an email address'),
    QT_TRANSLATE_NOOP("Refusal", 'must be one of the records offered'),
    QT_TRANSLATE_NOOP("Refusal", 'must be a list of records'),
    QT_TRANSLATE_NOOP("Refusal", 'is not a field that can be set here'),
    QT_TRANSLATE_NOOP("Refusal", '{value} is not a date (YYYY-MM-DD, or --MM-DD without a year)'),
    QT_TRANSLATE_NOOP("Refusal", '{value}: there is no month {month}'),
    QT_TRANSLATE_NOOP("Refusal", '{value}: {month} has no day {day}'),
    QT_TRANSLATE_NOOP("Refusal", 'unknown TRUST tag {tag}'),
    QT_TRANSLATE_NOOP("Refusal", 'unknown TRUST tag {tag} (use t, r, u, s, T or {keys})'),
    QT_TRANSLATE_NOOP("Refusal", 'audience must be one of {audiences}, not {audience}'),
    QT_TRANSLATE_NOOP("Refusal", "the personal side is for 'me' alone, not for audience {audience}"),
    QT_TRANSLATE_NOOP("Refusal", 'must be one of the people offered'),
    QT_TRANSLATE_NOOP("Refusal", 'say why the objective is dropped'),
    QT_TRANSLATE_NOOP("Refusal", 'must be a three-letter code such as EUR, GBP or USD'),
    QT_TRANSLATE_NOOP("Refusal", 'an account called {name} already exists'),
    QT_TRANSLATE_NOOP("Refusal", "name at least one of their people, separated by ';'"),
    QT_TRANSLATE_NOOP("Refusal", "every attendee must be one of this account's people"),
    QT_TRANSLATE_NOOP("Refusal", 'belongs to another account'),
    QT_TRANSLATE_NOOP("Refusal", 'must be a day before today'),
    QT_TRANSLATE_NOOP("Refusal", 'name the account (or an internal customer with --internal)'),
    QT_TRANSLATE_NOOP("Refusal", 'choose the person the promise is made to'),
    QT_TRANSLATE_NOOP("Refusal", 'that person no longer exists'),
    QT_TRANSLATE_NOOP("Refusal", 'say by when the promise is due'),
    QT_TRANSLATE_NOOP("Refusal", 'that team member no longer exists'),
    QT_TRANSLATE_NOOP("Refusal", 'this promise is already marked {status}'),
    QT_TRANSLATE_NOOP("Refusal", 'a kept promise is a deposit (0 or more), a broken one a withdrawal (0 or less)'),
    QT_TRANSLATE_NOOP("Refusal", 'must be at least {least} characters long'),
    QT_TRANSLATE_NOOP("Refusal", 'score at least one question from 1 to 5'),
    QT_TRANSLATE_NOOP("Refusal", 'question {number} no longer exists'),
    QT_TRANSLATE_NOOP("Refusal", 'this import was never taken back'),
    QT_TRANSLATE_NOOP("Refusal", 'choose the account this entry belongs to'),
    QT_TRANSLATE_NOOP("Refusal", "every participant must be one of this account's people"),
    QT_TRANSLATE_NOOP("Refusal", 'a team member in this entry no longer exists'),
    QT_TRANSLATE_NOOP("Refusal", 'must be a list of TRUST tags'),
    QT_TRANSLATE_NOOP("Refusal", 'a key date belongs to one person, theirs or ours'),
    QT_TRANSLATE_NOOP("Refusal", 'choose the account the meeting is with'),
    QT_TRANSLATE_NOOP("Refusal", 'every attendee from their side must work for this account'),
    QT_TRANSLATE_NOOP("Refusal", 'an attendee from our side no longer exists'),
    QT_TRANSLATE_NOOP("Refusal", 'a team member called {name} already exists'),
    QT_TRANSLATE_NOOP("Refusal", 'choose the account this person works for'),
    QT_TRANSLATE_NOOP("Refusal", 'would make a reporting loop'),
    QT_TRANSLATE_NOOP("Refusal", 'must be someone in the same account'),
    QT_TRANSLATE_NOOP("Refusal", '{person} already left on {day}'),
    QT_TRANSLATE_NOOP("Refusal", '{person} has not left'),
    QT_TRANSLATE_NOOP("Refusal", '{person} left the company; bring them back first'),
    QT_TRANSLATE_NOOP("Refusal", 'the new role is the same as the old one'),
    QT_TRANSLATE_NOOP("Refusal", 'a person cannot report to themselves'),
    QT_TRANSLATE_NOOP("Refusal", '{node} is not a person on the map'),
    QT_TRANSLATE_NOOP("Refusal", 'that person belongs to another account'),
    QT_TRANSLATE_NOOP("Refusal", 'a person cannot be linked to themselves'),
    QT_TRANSLATE_NOOP("Refusal", 'is outside the map'),
    QT_TRANSLATE_NOOP("Refusal", 'a tag called {name} already exists'),
    QT_TRANSLATE_NOOP("Refusal", 'must be written #rrggbb'),
    QT_TRANSLATE_NOOP("Refusal", 'push copies into a team database, not a data folder'),
    QT_TRANSLATE_NOOP("Refusal", 'already holds data: push copies into an empty one only; nothing was changed'),
    QT_TRANSLATE_NOOP("Refusal", '{source} holds no Relapp database (no {file})'),
    QT_TRANSLATE_NOOP("Refusal", 'give the address as postgresql://LOGIN@HOST[:PORT]/DATABASE'),
    QT_TRANSLATE_NOOP("Refusal", "leave the password out of the address: type it in the password field (it is kept in the desktop's keyring)"),
    QT_TRANSLATE_NOOP("Refusal", 'the address needs your login: postgresql://LOGIN@HOST/DATABASE'),
    QT_TRANSLATE_NOOP("Refusal", 'the address needs the database: postgresql://LOGIN@HOST/DATABASE'),
    QT_TRANSLATE_NOOP("Refusal", "the desktop's keyring cannot keep it ({problem}); untick “Remember” to type it each time"),
    QT_TRANSLATE_NOOP("Refusal", 'logins belong to a team database: give it with --database postgresql://USER@HOST/DB'),
    QT_TRANSLATE_NOOP("Refusal", "{login} is not a usable login: lower-case letters, digits, '_', '.' or '-', starting with a letter or '_', at most 63"),
    QT_TRANSLATE_NOOP("Refusal", 'the password needs at least {least} characters'),
    QT_TRANSLATE_NOOP("Refusal", 'the server already has a login called {login}'),
    QT_TRANSLATE_NOOP("Refusal", "only the database's owner or an administrator may add logins ({problem})"),
    QT_TRANSLATE_NOOP("Refusal", "only the database's owner or an administrator may remove logins ({problem})"),
    QT_TRANSLATE_NOOP("Refusal", '{record} is not a kind of record'),
    QT_TRANSLATE_NOOP("Refusal", 'choose an account'),
    QT_TRANSLATE_NOOP("Refusal", 'no account called {name}'),
    QT_TRANSLATE_NOOP("Refusal", 'nobody called {name} in this account or on our team'),
)

# The name of a field the refusal names, where no label on screen names it.
FIELDS = {
    'account': QT_TRANSLATE_NOOP("Field", 'Account'),
    'address': QT_TRANSLATE_NOOP("Field", 'Address'),
    'answers': QT_TRANSLATE_NOOP("Field", 'Answers'),
    'attendees': QT_TRANSLATE_NOOP("Field", 'Attendees'),
    'audience': QT_TRANSLATE_NOOP("Field", 'For'),
    'colour': QT_TRANSLATE_NOOP("Field", 'Colour'),
    'comment': QT_TRANSLATE_NOOP("Field", 'Comment'),
    'currency': QT_TRANSLATE_NOOP("Field", 'Currency'),
    'date': QT_TRANSLATE_NOOP("Field", 'Date'),
    'day': QT_TRANSLATE_NOOP("Field", 'Day'),
    'department': QT_TRANSLATE_NOOP("Field", 'Department'),
    'description': QT_TRANSLATE_NOOP("Field", 'Promise'),
    'due': QT_TRANSLATE_NOOP("Field", 'Due'),
    'email': QT_TRANSLATE_NOOP("Field", 'Email'),
    'label': QT_TRANSLATE_NOOP("Field", 'Label'),
    'login': QT_TRANSLATE_NOOP("Field", 'Login'),
    'meeting': QT_TRANSLATE_NOOP("Field", 'Board meeting'),
    'members': QT_TRANSLATE_NOOP("Field", 'Our side'),
    'name': QT_TRANSLATE_NOOP("Field", 'Name'),
    'node': QT_TRANSLATE_NOOP("Field", 'Person'),
    'notes': QT_TRANSLATE_NOOP("Field", 'Notes'),
    'owner': QT_TRANSLATE_NOOP("Field", 'Owner'),
    'participants': QT_TRANSLATE_NOOP("Field", 'With'),
    'passphrase': QT_TRANSLATE_NOOP("Field", 'Passphrase'),
    'password': QT_TRANSLATE_NOOP("Field", 'Password'),
    'person': QT_TRANSLATE_NOOP("Field", 'Person'),
    'position': QT_TRANSLATE_NOOP("Field", 'Position'),
    'reason': QT_TRANSLATE_NOOP("Field", 'Reason'),
    'reports_to': QT_TRANSLATE_NOOP("Field", 'Reports to'),
    'since': QT_TRANSLATE_NOOP("Field", 'Since'),
    'stakeholder': QT_TRANSLATE_NOOP("Field", 'Person'),
    'stakeholders': QT_TRANSLATE_NOOP("Field", 'Their side'),
    'status': QT_TRANSLATE_NOOP("Field", 'Status'),
    'tag': QT_TRANSLATE_NOOP("Field", 'Tag'),
    'target': QT_TRANSLATE_NOOP("Field", 'Target'),
    'title': QT_TRANSLATE_NOOP("Field", 'Title'),
    'trust': QT_TRANSLATE_NOOP("Field", 'TRUST'),
    'value': QT_TRANSLATE_NOOP("Field", 'Value'),
}


def refusal_message(error: Exception) -> str:
    """The refusal's sentence in the user's language (its English text when
    it carries no template, or a translation does not fit the values)."""
    template = getattr(error, "template", None)
    if not isinstance(template, str):
        return getattr(error, "message", None) or str(error)
    values = getattr(error, "values", {}) or {}
    translated = QCoreApplication.translate("Refusal", template)
    if not values:
        return translated
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation naming a value that is not there
        return template.format(**values)


def field_name(field: str | None) -> str:
    """A field's name for the user: from ``FIELDS``, else its key in words."""
    if not field:
        return ""
    marked = FIELDS.get(field)
    return QCoreApplication.translate("Field", marked) if marked else field.replace("_", " ")


def refusal_text(error: Exception, label: str | None = None) -> str:
    """"Field: what is wrong", for a message under a form or in a box.
    ``label``: the field's label on screen, when the form has one."""
    field = getattr(error, "field", None)
    if getattr(error, "template", None) is None and not field:
        return str(error)  # not a refusal of the services (a disk, a colleague's change): as it says itself
    message = refusal_message(error)
    name = (label or field_name(field)).strip().rstrip(":")
    text = f"{name}: {message}" if name else message
    return text[:1].upper() + text[1:]


def label_text(text: str) -> str:
    """A label's text without its mnemonic marks (``&Name`` reads Name)."""
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")
