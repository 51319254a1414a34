package org.conflictstats.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every link of the project's Markdown (README, CHANGELOG, docs) to a file of the repository names a
 * file that exists, and every link to a section ({@code #anchor}, in the same file or another)
 * names a heading of that file, slugged as GitHub slugs headings. Links to the web are not followed.
 */
final class MarkdownLinksTest {

  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$");

  private static final List<Path> FILES = List.of(Path.of("README.md"), Path.of("CHANGELOG.md"),
      Path.of("docs/DOMAIN.md"), Path.of("docs/performance-log.md"));

  @Test
  void everyLinkToAFileOrSectionResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path file : FILES) {
      assertTrue(Files.isRegularFile(file), file + " is missing");
      List<String> lines = Files.readAllLines(file);
      boolean inCode = false;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.startsWith("```")) {
          inCode = !inCode;
        }
        if (inCode) {
          continue;
        }
        Matcher m = LINK.matcher(line);
        while (m.find()) {
          String target = m.group(1);
          if (target.matches("[a-z]+:.*")) {
            continue; // https:, mailto:
          }
          checked++;
          int hash = target.indexOf('#');
          String path = hash < 0 ? target : target.substring(0, hash);
          Path linked = path.isEmpty() ? file : file.resolveSibling(path).normalize();
          if (!Files.exists(linked)) {
            broken.add(file + ":" + (i + 1) + ": no file " + target);
          } else if (hash >= 0 && !anchors(linked).contains(target.substring(hash + 1))) {
            broken.add(file + ":" + (i + 1) + ": no section " + target);
          }
        }
      }
    }
    assertTrue(checked >= 20, "the files link to files and sections: " + checked);
    assertTrue(broken.isEmpty(), String.join("\n", broken));
  }

  /** The anchors GitHub gives the headings of a Markdown file (outside code blocks). */
  static Set<String> anchors(Path file) throws IOException {
    Set<String> anchors = new HashSet<>();
    Set<String> seen = new HashSet<>();
    boolean inCode = false;
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("```")) {
        inCode = !inCode;
      }
      Matcher m = HEADING.matcher(line);
      if (!inCode && m.matches()) {
        String slug = slug(m.group(1));
        // a heading met again gets -1, -2, ... as on GitHub
        String anchor = slug;
        for (int n = 1; !seen.add(anchor); n++) {
          anchor = slug + "-" + n;
        }
        anchors.add(anchor);
      }
    }
    return anchors;
  }

  /** GitHub's slug: lower case, punctuation but hyphens and underscores dropped, spaces hyphens. */
  static String slug(String heading) {
    return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_\\- ]", "")
        .replace(' ', '-');
  }

  @Test
  void slugsAreGitHubs() {
    assertTrue(slug("The model (`org.conflictstats.model`)").equals(
        "the-model-orgconflictstatsmodel"));
    assertTrue(slug("Several inputs: copies, revisions and releases").equals(
        "several-inputs-copies-revisions-and-releases"));
  }
}
