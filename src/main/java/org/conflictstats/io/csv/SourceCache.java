package org.conflictstats.io.csv;

import java.nio.charset.StandardCharsets;
import org.conflictstats.model.Source;

/**
 * Reads source cells into {@link Source}s as {@link Source#parse} does, without its regular
 * expression for the usual {@code channel/posts/id} form: the channel is resolved once and every post
 * address of it only makes a new {@code Source}. Texts that may be web addresses take
 * {@link Source#parse}. Not thread-safe.
 */
final class SourceCache {

  private final NameCache<Source> channels = new NameCache<>(1024);
  private final NameCache<Source> whole = new NameCache<>(1024);

  /** The source of the stripped, well-formed UTF-8 bytes {@code b[s, e)}. */
  Source of(byte[] b, int s, int e) {
    if (s == e) {
      return Source.unknown();
    }
    int slash = -1;
    for (int i = s; i < e; i++) {
      byte c = b[i];
      if (c == '/') {
        slash = i;
        break;
      }
      if (c == '.' || c == ':' || c == '?' || c == '#' || (c & 0xFF) <= ' ') {
        return slow(b, s, e);
      }
    }
    if (slash == s) {
      return slow(b, s, e);
    }
    // the channel with its slash: "watch/?v=..." is no channel watch, as Source.parse reads it
    int channelEnd = slash < 0 ? e : slash + 1;
    Source channel = channels.get(b, s, channelEnd);
    if (channel == null) {
      channel = Source.parse(new String(b, s, channelEnd - s, StandardCharsets.UTF_8));
      channels.put(b, s, channelEnd, channel);
    }
    return slash < 0 ? channel
        : channel.withAddress(new String(b, s, e - s, StandardCharsets.UTF_8));
  }

  private Source slow(byte[] b, int s, int e) {
    Source src = whole.get(b, s, e);
    if (src == null) {
      src = Source.parse(new String(b, s, e - s, StandardCharsets.UTF_8));
      whole.put(b, s, e, src);
    }
    return src;
  }
}
