"""SQLite storage through sqlite-utils: schema, migrations, repository, bundles. Imports no Qt."""
