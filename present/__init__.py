"""What both front ends say, with no widgets: the window (ui/) and the commands (cli/) stand on it.

Errors described by type (present.errors), paper wording and papers built from the services' facts
(present.papers, present.paper_language), how money and times look (present.formatting), the names of
the domain's stored values (present.labels, present.reliability_text), the words about backups
(present.backup_text) and loading the translations (present.i18n). Qt's core (translate, QTranslator,
QLocale) is used here; widgets, painting and printing never are: an import-linter contract keeps it so.
"""
