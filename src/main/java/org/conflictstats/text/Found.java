package org.conflictstats.text;

import java.util.Optional;

/**
 * A figure as read, with what the report's assembly needs to know about it: whether its group came
 * from a generic noun or a reference ("55 drones", "the missile") and may be regrouped once the
 * whole text is read; whether it is a share ("about 250 of them Shaheds") of another group; and
 * the group the text breaks it out of ("including 28 Kalibr").
 */
record Found(Figure figure, boolean generic, boolean share, Optional<Group> parent,
    Optional<Group> shareOf) {

  Found withGroup(Group g) {
    return new Found(figure.withGroup(g), false, share, parent, shareOf);
  }
}
