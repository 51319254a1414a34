package org.conflictstats.bench;

/**
 * A group of the workload: the month of the report date ({@code 2025-03}) and the canonical weapon
 * name.
 *
 * @param month the month, {@code yyyy-MM}
 * @param weapon the canonical weapon name
 */
record GroupKey(String month, String weapon) implements Comparable<GroupKey> {

  @Override
  public int compareTo(GroupKey o) {
    int c = month.compareTo(o.month);
    return c != 0 ? c : weapon.compareTo(o.weapon);
  }
}
