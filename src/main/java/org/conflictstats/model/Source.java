package org.conflictstats.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who made a statement: a short name (the Telegram channel, such as {@code kpszsu}), a kind, and the
 * address of the post when known.
 *
 * <pre>{@code
 * Source s = Source.parse("https://t.me/kpszsu/12345");
 * s.name();    // "kpszsu"
 * s.kind();    // NATIONAL_AIR_FORCE
 * s.address(); // Optional[https://t.me/kpszsu/12345]
 * Source.unknown().kind(); // UNKNOWN
 * }</pre>
 *
 * @param name the short name, not blank (for {@link #unknown()}: {@code "unknown"})
 * @param kind the kind
 * @param address the address of the statement, when known
 */
public record Source(String name, SourceKind kind, Optional<String> address) {

  private static final Source UNKNOWN = new Source("unknown", SourceKind.UNKNOWN, Optional.empty());

  /** Known channels, by lower-case name. */
  private static final ImmutableMap<String, Known> KNOWN = ImmutableMap.of(
      "kpszsu", new Known("kpszsu", SourceKind.NATIONAL_AIR_FORCE),
      "pvkpivden", new Known("PvKPivden", SourceKind.REGIONAL_AIR_COMMAND),
      "pvkzahid", new Known("PvkZahid", SourceKind.REGIONAL_AIR_COMMAND),
      "pvkcenter", new Known("PvkCenter", SourceKind.REGIONAL_AIR_COMMAND),
      "pvkshid", new Known("pvkshid", SourceKind.REGIONAL_AIR_COMMAND));

  private static final Pattern URL =
      Pattern.compile("(?i)^(?:https?://)?(?:www\\.)?(t\\.me|telegram\\.me|facebook\\.com|fb\\.com)/(?:s/)?([^/?#\\s]+).*");

  /** Any web address: its site, without {@code www.}, in group 1. */
  private static final Pattern LINK =
      Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://(?:www\\.)?([^/?#\\s]+).*");

  /**
   * Facebook's own pages, which name no channel: a video ({@code watch/?v=...}), a reel, a shared
   * link, a photo; with them, any {@code NAME.php} page ({@code permalink.php?story_fbid=...}).
   */
  private static final ImmutableSet<String> FACEBOOK_PAGES =
      ImmutableSet.of("watch", "reel", "reels", "share", "photo");

  private record Known(String name, SourceKind kind) {}

  /** Checks the components. */
  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(address, "address");
    name = name.strip();
    checkArgument(!name.isEmpty(), "source name must not be blank");
  }

  /**
   * Returns the explicit unknown source: the statement's author was not given.
   *
   * @return the unknown source
   */
  public static Source unknown() {
    return UNKNOWN;
  }

  /**
   * Returns a source with a name and kind and no address.
   *
   * @param name the short name
   * @param kind the kind
   * @return the source
   */
  public static Source of(String name, SourceKind kind) {
    return new Source(name, kind, Optional.empty());
  }

  /**
   * Reads a source as the datasets write it: {@code kpszsu/posts/pfbid...}, a full
   * {@code https://t.me/<channel>/<post>} address, or a bare name. The short name is the channel;
   * known channels get their kind and canonical spelling; anything else is {@link SourceKind#OTHER}
   * under its own name. A link that names no channel is named after its site, as written without
   * {@code www.}: a Facebook video ({@code https://www.facebook.com/watch/?v=...}), reel, shared
   * link, photo or {@code NAME.php} page (whose first word is Facebook's, not a page's) is
   * {@code facebook.com} (not {@code facebook}, the name of a page of its own; {@code fb.com}'s
   * too, and the datasets' form without the site, {@code watch/?v=...}), and so is
   * {@code https://www.facebook.com/}; any other site's link, as
   * {@code https://example.com/news/1}, is {@code example.com}. The text, when it is more than a
   * bare name, is kept as the address. A blank text gives {@link #unknown()}.
   *
   * @param text the source text
   * @return the source
   */
  public static Source parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    if (s.isEmpty()) {
      return UNKNOWN;
    }
    String channel;
    Matcher m = URL.matcher(s);
    // a link to another site: its host (the look for "://" spares most texts the second pattern)
    Matcher link = s.contains("://") ? LINK.matcher(s) : null;
    if (m.matches()) {
      channel = isFacebookPage(m.group(1), m.group(2)) ? "facebook.com" : m.group(2);
    } else if (link != null && link.matches()) {
      channel = link.group(1).toLowerCase(Locale.ROOT);
    } else {
      int slash = s.indexOf('/');
      channel = slash < 0 ? s : s.substring(0, slash);
      if (channel.isEmpty()) {
        channel = s;
      } else if (slash > 0 && isFacebookPage("facebook.com", channel)) {
        // the datasets' addresses without the site are Facebook's (kpszsu/posts/...): a video
        // of it, watch/?v=..., names no channel
        channel = "facebook.com";
      }
    }
    Optional<String> address = s.equals(channel) ? Optional.empty() : Optional.of(s);
    Known known = KNOWN.get(channel.toLowerCase(Locale.ROOT));
    return known == null
        ? new Source(channel, SourceKind.OTHER, address)
        : new Source(known.name(), known.kind(), address);
  }

  /** Whether a link's first word is one of Facebook's own pages, not a page's name. */
  private static boolean isFacebookPage(String site, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return (site.equalsIgnoreCase("facebook.com") || site.equalsIgnoreCase("fb.com"))
        && (FACEBOOK_PAGES.contains(w) || w.endsWith(".php"));
  }

  /**
   * Returns whether this is the explicit unknown source.
   *
   * @return {@code true} when no source was given
   */
  public boolean isUnknown() {
    return kind == SourceKind.UNKNOWN;
  }

  /**
   * Returns a copy with the given post address.
   *
   * @param newAddress the address
   * @return the copy
   */
  public Source withAddress(String newAddress) {
    return new Source(name, kind, Optional.of(newAddress));
  }

  @Override
  public String toString() {
    return name;
  }
}
