package org.conflictstats.stats;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;

/**
 * The key of a group of a table: one text per dimension. A probe key is filled in place line by line
 * and copied only when a new group starts, so that looking a group up costs no allocation. Equal when
 * the texts are equal.
 */
final class GroupKey {

  final String[] parts;
  private int hash;

  GroupKey(int dimensions) {
    this.parts = new String[dimensions];
  }

  private GroupKey(String[] parts, int hash) {
    this.parts = parts;
    this.hash = hash;
  }

  /** Computes the hash of what the parts now hold. */
  void rehash() {
    int h = 1;
    for (String p : parts) {
      h = 31 * h + p.hashCode();
    }
    hash = h;
  }

  GroupKey copy() {
    return new GroupKey(parts.clone(), hash);
  }

  ImmutableList<String> toList() {
    return ImmutableList.copyOf(parts);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof GroupKey k) || k.hash != hash) {
      return false;
    }
    for (int i = 0; i < parts.length; i++) {
      String a = parts[i];
      String b = k.parts[i];
      if (a != b && !a.equals(b)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return Arrays.toString(parts);
  }
}
