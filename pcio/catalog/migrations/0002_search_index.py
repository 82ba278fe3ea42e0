"""The full-text index: an FTS5 table on SQLite, a tsvector table with a GIN index on
PostgreSQL. Written by pcio.catalog.search."""

from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE catalog_fts USING fts5("
    "title, tags, notes, agency, dictionary, tokenize = 'unicode61 remove_diacritics 0 "
    "tokenchars ''\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a"
    "\u0e4b\u0e4c\u0e4d\u0e4e''')",
]
SQLITE_DROP = ["DROP TABLE IF EXISTS catalog_fts"]
# No foreign key: Django flushes test tables with TRUNCATE, which a reference would block;
# search.unindex removes rows and searches join on the visible datasets anyway.
POSTGRES = [
    "CREATE TABLE catalog_search (dataset_id bigint PRIMARY KEY,"
    " vector tsvector NOT NULL)",
    "CREATE INDEX catalog_search_vector ON catalog_search USING gin (vector)",
]
POSTGRES_DROP = ["DROP TABLE IF EXISTS catalog_search"]


def create(apps, schema_editor):
    statements = POSTGRES if schema_editor.connection.vendor == "postgresql" else SQLITE
    for sql in statements:
        schema_editor.execute(sql)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for sql in POSTGRES_DROP if vendor == "postgresql" else SQLITE_DROP:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("catalog", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
