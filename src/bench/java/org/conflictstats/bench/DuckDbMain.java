package org.conflictstats.bench;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The peer of the whole-process benchmark, run as a process of its own: DuckDB (through JDBC, in
 * this JVM) reads an Air Force CSV file of the 2026 layout and writes, per month of {@code time_end}
 * and raw {@code model}, the number of rows and the sums of the known {@code launched},
 * {@code destroyed} and {@code not_reach_goal} figures, as CSV on standard output.
 *
 * <p>Usage: {@code DuckDbMain FILE [THREADS]} (2 threads by default).
 */
public final class DuckDbMain {

  private DuckDbMain() {}

  /**
   * Runs the query.
   *
   * @param args the file, and optionally the number of threads
   * @throws Exception if DuckDB fails
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute("SET threads = " + threads);
      st.execute("SET preserve_insertion_order = false");
      try (ResultSet rs = st.executeQuery(sql(file));
          Writer out = new BufferedWriter(new OutputStreamWriter(System.out,
              StandardCharsets.UTF_8))) {
        out.write("month,model,lines,launched,destroyed,suppressed\n");
        while (rs.next()) {
          out.write(rs.getString(1) + "," + quote(rs.getString(2)) + "," + rs.getLong(3) + ","
              + rs.getLong(4) + "," + rs.getLong(5) + "," + rs.getLong(6) + "\n");
        }
      }
    }
  }

  static String sql(Path file) {
    return "SELECT substr(trim(time_end), 1, 7) AS month, trim(model) AS model, count(*),"
        + " coalesce(sum(CASE WHEN isfinite(launched) THEN CAST(launched AS BIGINT) END), 0),"
        + " coalesce(sum(CASE WHEN isfinite(destroyed) THEN CAST(destroyed AS BIGINT) END), 0),"
        + " coalesce(sum(CASE WHEN isfinite(not_reach_goal) THEN CAST(not_reach_goal AS BIGINT)"
        + " END), 0)"
        + " FROM " + DuckDbPeer.readCsv(file)
        + " GROUP BY ALL";
  }

  private static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
