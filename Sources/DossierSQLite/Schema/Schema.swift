internal import GRDB
import DossierStorage

/// The database schema: the numbered SQL files of `schema/`, applied in order
/// as migrations. The files are embedded at build time by
/// `scripts/embed-schema.sh`; a test fails when the embedded copy and the
/// folder disagree, so what the program applies is always what `schema/` says.
public enum Schema {
    /// Names of the migrations this program knows, in order.
    public static var migrationNames: [String] { migrations.map(\.name) }

    /// The SQL of every migration, in order (what the program applies).
    public static var migrationSQL: [(name: String, sql: String)] { migrations }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.name) { db in
                try db.execute(sql: migration.sql)
            }
        }
        return migrator
    }
}
