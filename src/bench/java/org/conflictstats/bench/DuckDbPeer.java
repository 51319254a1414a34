package org.conflictstats.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The peer: DuckDB (through JDBC, in process) computing the workload on an Air Force CSV file with the
 * library's definitions.
 *
 * <ul>
 *   <li>month = the date part of {@code time_end} (local Kyiv time; date-only rows count on that date);
 *   <li>weapon = the {@code model} cell resolved to its canonical name, through a table of raw name to
 *       canonical name that the caller builds with the library's catalogue;
 *   <li>a count cell is known when it holds a finite number; blank and {@code NaN} are unknown, are not
 *       added, and are counted as unknown lines;
 *   <li>rated lines: launched exactly known and above zero; the point rates of a group are its rated
 *       destroyed (and rated destroyed plus suppressed) over its rated launched.
 * </ul>
 */
final class DuckDbPeer implements AutoCloseable {

  private final Connection connection;

  DuckDbPeer(int threads, Map<String, String> canonicalByRaw) throws SQLException {
    Objects.requireNonNull(canonicalByRaw, "canonicalByRaw");
    connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement st = connection.createStatement()) {
      st.execute("SET threads = " + threads);
      st.execute("SET preserve_insertion_order = false");
      st.execute("CREATE TABLE weapon_map (raw VARCHAR PRIMARY KEY, canonical VARCHAR NOT NULL)");
    }
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO weapon_map VALUES (?, ?)")) {
      for (Map.Entry<String, String> e : canonicalByRaw.entrySet()) {
        ps.setString(1, e.getKey());
        ps.setString(2, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The DuckDB version string, e.g. {@code v1.3.2}. */
  String version() throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT version()")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * The {@code read_csv} call of an Air Force CSV file: every column named with its type, no
   * detection; the file name is inlined because table functions take no parameters.
   */
  static String readCsv(Path file) {
    String path = file.toAbsolutePath().toString().replace("'", "''");
    String columns = "{"
        + "'time_start': 'VARCHAR', 'time_end': 'VARCHAR', 'model': 'VARCHAR',"
        + " 'launch_place': 'VARCHAR', 'target': 'VARCHAR', 'target_main': 'VARCHAR',"
        + " 'launched': 'DOUBLE', 'destroyed': 'DOUBLE', 'not_reach_goal': 'DOUBLE',"
        + " 'still_attacking': 'DOUBLE', 'border_crossing': 'VARCHAR', 'is_shahed': 'VARCHAR',"
        + " 'num_hit_location': 'VARCHAR', 'num_fall_fragment_location': 'VARCHAR',"
        + " 'carrier': 'VARCHAR', 'turbojet': 'VARCHAR', 'turbojet_destroyed': 'VARCHAR',"
        + " 'affected region': 'VARCHAR', 'destroyed_details': 'VARCHAR',"
        + " 'launched_details': 'VARCHAR', 'launch_place_details': 'VARCHAR', 'source': 'VARCHAR'}";
    return "read_csv('" + path + "', header = true, delim = ',', quote = '\"',"
        + " escape = '\"', auto_detect = false, columns = " + columns + ")";
  }

  /** The query. */
  static String sql(Path file) {
    return "WITH src AS (\n"
        + "  SELECT substr(trim(time_end), 1, 7) AS month, model,\n"
        + "         CASE WHEN isfinite(launched) THEN CAST(launched AS BIGINT) END AS l,\n"
        + "         CASE WHEN isfinite(destroyed) THEN CAST(destroyed AS BIGINT) END AS d,\n"
        + "         CASE WHEN isfinite(not_reach_goal) THEN CAST(not_reach_goal AS BIGINT) END AS s,\n"
        + "         coalesce(CASE WHEN isfinite(still_attacking) THEN CAST(still_attacking AS BIGINT)"
        + " END, 0) AS a,\n"
        // left airspace: the known values of the border_crossing dict (NaN adds nothing)
        + "         CASE WHEN trim(border_crossing) LIKE '{%' THEN coalesce(list_sum(list_transform("
        + "regexp_extract_all(border_crossing, ':\\s*([0-9]+(\\.[0-9]*)?)', 1),"
        + " v -> CAST(CAST(v AS DOUBLE) AS BIGINT))), 0)\n"
        + "              ELSE coalesce(CAST(TRY_CAST(border_crossing AS DOUBLE) AS BIGINT), 0) END"
        + " AS x\n"
        + "  FROM " + readCsv(file) + "\n"
        + "), rated AS (\n"
        + "  SELECT *, l > 0 AS r, least(coalesce(d, 0), l) AS k,"
        + " least(coalesce(d, 0) + coalesce(s, 0), l) AS n FROM src\n"
        + ")\n"
        + "SELECT month, coalesce(w.canonical, trim(rated.model)) AS weapon,\n"
        + "       count(*) AS lines,\n"
        + "       coalesce(sum(l), 0) AS launched,\n"
        + "       count(*) - count(l) AS launched_unknown,\n"
        + "       coalesce(sum(d), 0) AS destroyed,\n"
        + "       count(*) - count(d) AS destroyed_unknown,\n"
        + "       coalesce(sum(s), 0) AS suppressed,\n"
        + "       count(*) - count(s) AS suppressed_unknown,\n"
        + "       count(*) FILTER (WHERE r) AS rated_lines,\n"
        + "       coalesce(sum(l) FILTER (WHERE r), 0) AS rated_launched,\n"
        + "       coalesce(sum(k) FILTER (WHERE r), 0) AS destroyed_known,\n"
        + "       coalesce(sum(greatest(k, l - coalesce(s, 0) - a - x)) FILTER (WHERE r), 0)"
        + " AS destroyed_possible,\n"
        + "       coalesce(sum(n) FILTER (WHERE r), 0) AS neutralised_known,\n"
        + "       coalesce(sum(greatest(n, l - a - x)) FILTER (WHERE r), 0)"
        + " AS neutralised_possible\n"
        + "FROM rated LEFT JOIN weapon_map w ON w.raw = rated.model\n"
        + "GROUP BY ALL";
  }

  /** Runs the workload on the file and returns every group's sums. */
  Map<GroupKey, GroupSums> run(Path file) throws SQLException {
    Map<GroupKey, GroupSums> out = new HashMap<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql(file))) {
      while (rs.next()) {
        GroupKey key = new GroupKey(rs.getString(1), rs.getString(2));
        GroupSums sums = new GroupSums(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
            rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
            rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15));
        if (out.put(key, sums) != null) {
          throw new IllegalStateException("DuckDB returned group " + key + " twice");
        }
      }
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
