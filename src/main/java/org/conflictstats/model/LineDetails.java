package org.conflictstats.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What a weapon line says beyond its outcome counts: where the weapons came from and went, how a
 * combined line splits by model, and place counts. Nothing here is added to outcomes: in particular
 * {@link #hitLocations()} and {@link #fragmentLocations()} count places, not weapons.
 *
 * <pre>{@code
 * LineDetails d = LineDetails.builder()
 *     .launchPlace("Kursk oblast")
 *     .destroyedByDirection(Map.of("south", Count.exactly(11)))
 *     .build();
 * LineDetails.none(); // nothing beyond the counts
 * }</pre>
 *
 * @param launchPlace where the weapons were launched from, as written (empty when not given)
 * @param target the line's target as written (empty when not given)
 * @param mainTarget the main target as written (empty when not given)
 * @param carrier the carrier (aircraft, ship) as written (empty when not given)
 * @param affectedRegions the regions the line names as affected
 * @param launchedByModel how a combined line's launched count splits by model (DOMAIN.md §8)
 * @param launchPlaceByModel where each model of a combined line was launched from
 * @param destroyedByDirection destroyed per air-command direction ({@code south}, {@code west}, ...)
 * @param leftAirspaceByCountry weapons that left the airspace, per country
 * @param subTypes counts of sub-types inside the line
 * @param genuineShaheds how many of the launched drones were real Shaheds, the rest decoys
 * @param jetPowered how many jet-powered drones the line includes
 * @param jetPoweredDestroyed how many of those were destroyed
 * @param hitLocations how many places were hit (places, not weapons)
 * @param fragmentLocations how many places had falling fragments (places, not weapons)
 * @param launchedWithheld whether the source withheld the number launched ({@code status_data =
 *     hidden}): launched is then only a lower bound
 */
public record LineDetails(
    String launchPlace,
    String target,
    String mainTarget,
    String carrier,
    ImmutableSet<Region> affectedRegions,
    ImmutableMap<Weapon, Count> launchedByModel,
    ImmutableMap<String, String> launchPlaceByModel,
    ImmutableMap<String, Count> destroyedByDirection,
    ImmutableMap<String, Count> leftAirspaceByCountry,
    ImmutableList<SubTypeCounts> subTypes,
    Count genuineShaheds,
    Count jetPowered,
    Count jetPoweredDestroyed,
    Count hitLocations,
    Count fragmentLocations,
    boolean launchedWithheld) {

  private static final LineDetails NONE = builder().build();

  /** Checks the components and strips the texts. */
  public LineDetails {
    launchPlace = Objects.requireNonNull(launchPlace, "launchPlace").strip();
    target = Objects.requireNonNull(target, "target").strip();
    mainTarget = Objects.requireNonNull(mainTarget, "mainTarget").strip();
    carrier = Objects.requireNonNull(carrier, "carrier").strip();
    Objects.requireNonNull(affectedRegions, "affectedRegions");
    Objects.requireNonNull(launchedByModel, "launchedByModel");
    Objects.requireNonNull(launchPlaceByModel, "launchPlaceByModel");
    Objects.requireNonNull(destroyedByDirection, "destroyedByDirection");
    Objects.requireNonNull(leftAirspaceByCountry, "leftAirspaceByCountry");
    Objects.requireNonNull(subTypes, "subTypes");
    Objects.requireNonNull(genuineShaheds, "genuineShaheds");
    Objects.requireNonNull(jetPowered, "jetPowered");
    Objects.requireNonNull(jetPoweredDestroyed, "jetPoweredDestroyed");
    Objects.requireNonNull(hitLocations, "hitLocations");
    Objects.requireNonNull(fragmentLocations, "fragmentLocations");
  }

  /**
   * Returns details that say nothing beyond the counts.
   *
   * @return the empty details
   */
  public static LineDetails none() {
    return NONE;
  }

  /**
   * Returns a builder with every field empty or unknown.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these details.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.launchPlace = launchPlace;
    b.target = target;
    b.mainTarget = mainTarget;
    b.carrier = carrier;
    b.affectedRegions = affectedRegions;
    b.launchedByModel = launchedByModel;
    b.launchPlaceByModel = launchPlaceByModel;
    b.destroyedByDirection = destroyedByDirection;
    b.leftAirspaceByCountry = leftAirspaceByCountry;
    b.subTypes = subTypes;
    b.genuineShaheds = genuineShaheds;
    b.jetPowered = jetPowered;
    b.jetPoweredDestroyed = jetPoweredDestroyed;
    b.hitLocations = hitLocations;
    b.fragmentLocations = fragmentLocations;
    b.launchedWithheld = launchedWithheld;
    return b;
  }

  /** Builds {@link LineDetails}; not thread-safe. */
  public static final class Builder {
    private String launchPlace = "";
    private String target = "";
    private String mainTarget = "";
    private String carrier = "";
    private ImmutableSet<Region> affectedRegions = ImmutableSet.of();
    private ImmutableMap<Weapon, Count> launchedByModel = ImmutableMap.of();
    private ImmutableMap<String, String> launchPlaceByModel = ImmutableMap.of();
    private ImmutableMap<String, Count> destroyedByDirection = ImmutableMap.of();
    private ImmutableMap<String, Count> leftAirspaceByCountry = ImmutableMap.of();
    private ImmutableList<SubTypeCounts> subTypes = ImmutableList.of();
    private Count genuineShaheds = Count.unknown();
    private Count jetPowered = Count.unknown();
    private Count jetPoweredDestroyed = Count.unknown();
    private Count hitLocations = Count.unknown();
    private Count fragmentLocations = Count.unknown();
    private boolean launchedWithheld;

    private Builder() {}

    /**
     * Sets where the weapons were launched from.
     *
     * @param v where launched from
     * @return this builder
     */
    public Builder launchPlace(String v) {
      launchPlace = Objects.requireNonNull(v, "launchPlace");
      return this;
    }

    /**
     * Sets the line's target.
     *
     * @param v the line's target
     * @return this builder
     */
    public Builder target(String v) {
      target = Objects.requireNonNull(v, "target");
      return this;
    }

    /**
     * Sets the main target.
     *
     * @param v the main target
     * @return this builder
     */
    public Builder mainTarget(String v) {
      mainTarget = Objects.requireNonNull(v, "mainTarget");
      return this;
    }

    /**
     * Sets the carrier.
     *
     * @param v the carrier
     * @return this builder
     */
    public Builder carrier(String v) {
      carrier = Objects.requireNonNull(v, "carrier");
      return this;
    }

    /**
     * Sets the affected regions.
     *
     * @param v the affected regions
     * @return this builder
     */
    public Builder affectedRegions(Iterable<Region> v) {
      affectedRegions = ImmutableSet.copyOf(v);
      return this;
    }

    /**
     * Sets launched per model of a combined line.
     *
     * @param v launched per model of a combined line
     * @return this builder
     */
    public Builder launchedByModel(Map<? extends Weapon, Count> v) {
      launchedByModel = ImmutableMap.copyOf(v);
      return this;
    }

    /**
     * Sets launch place per model.
     *
     * @param v launch place per model
     * @return this builder
     */
    public Builder launchPlaceByModel(Map<String, String> v) {
      launchPlaceByModel = ImmutableMap.copyOf(v);
      return this;
    }

    /**
     * Sets destroyed per direction.
     *
     * @param v destroyed per direction
     * @return this builder
     */
    public Builder destroyedByDirection(Map<String, Count> v) {
      destroyedByDirection = ImmutableMap.copyOf(v);
      return this;
    }

    /**
     * Sets left the airspace per country.
     *
     * @param v left the airspace per country
     * @return this builder
     */
    public Builder leftAirspaceByCountry(Map<String, Count> v) {
      leftAirspaceByCountry = ImmutableMap.copyOf(v);
      return this;
    }

    /**
     * Sets counts of sub-types.
     *
     * @param v counts of sub-types
     * @return this builder
     */
    public Builder subTypes(Iterable<SubTypeCounts> v) {
      subTypes = ImmutableList.copyOf(v);
      return this;
    }

    /**
     * Sets real Shaheds among the launched.
     *
     * @param v real Shaheds among the launched
     * @return this builder
     */
    public Builder genuineShaheds(Count v) {
      genuineShaheds = Objects.requireNonNull(v, "genuineShaheds");
      return this;
    }

    /**
     * Sets jet-powered drones in the line.
     *
     * @param v jet-powered drones in the line
     * @return this builder
     */
    public Builder jetPowered(Count v) {
      jetPowered = Objects.requireNonNull(v, "jetPowered");
      return this;
    }

    /**
     * Sets jet-powered drones destroyed.
     *
     * @param v jet-powered drones destroyed
     * @return this builder
     */
    public Builder jetPoweredDestroyed(Count v) {
      jetPoweredDestroyed = Objects.requireNonNull(v, "jetPoweredDestroyed");
      return this;
    }

    /**
     * Sets places hit.
     *
     * @param v places hit
     * @return this builder
     */
    public Builder hitLocations(Count v) {
      hitLocations = Objects.requireNonNull(v, "hitLocations");
      return this;
    }

    /**
     * Sets places with falling fragments.
     *
     * @param v places with falling fragments
     * @return this builder
     */
    public Builder fragmentLocations(Count v) {
      fragmentLocations = Objects.requireNonNull(v, "fragmentLocations");
      return this;
    }

    /**
     * Sets whether the source withheld the number launched.
     *
     * @param v whether launched was withheld by the source
     * @return this builder
     */
    public Builder launchedWithheld(boolean v) {
      launchedWithheld = v;
      return this;
    }

    /**
     * Builds the details.
     *
     * @return the details
     */
    public LineDetails build() {
      return new LineDetails(launchPlace, target, mainTarget, carrier, affectedRegions,
          launchedByModel, launchPlaceByModel, destroyedByDirection, leftAirspaceByCountry, subTypes,
          genuineShaheds, jetPowered, jetPoweredDestroyed, hitLocations, fragmentLocations,
          launchedWithheld);
    }
  }

  /**
   * Returns the details that are given, by component name, leaving out those that are as in
   * {@link #none()}: {@code "LineDetails[target=Kyiv, genuineShaheds=40]"}.
   */
  @Override
  public String toString() {
    StringJoiner given = new StringJoiner(", ", "LineDetails[", "]");
    given(given, "launchPlace", launchPlace, NONE.launchPlace);
    given(given, "target", target, NONE.target);
    given(given, "mainTarget", mainTarget, NONE.mainTarget);
    given(given, "carrier", carrier, NONE.carrier);
    given(given, "affectedRegions", affectedRegions, NONE.affectedRegions);
    given(given, "launchedByModel", launchedByModel, NONE.launchedByModel);
    given(given, "launchPlaceByModel", launchPlaceByModel,
        NONE.launchPlaceByModel);
    given(given, "destroyedByDirection", destroyedByDirection,
        NONE.destroyedByDirection);
    given(given, "leftAirspaceByCountry", leftAirspaceByCountry,
        NONE.leftAirspaceByCountry);
    given(given, "subTypes", subTypes, NONE.subTypes);
    given(given, "genuineShaheds", genuineShaheds, NONE.genuineShaheds);
    given(given, "jetPowered", jetPowered, NONE.jetPowered);
    given(given, "jetPoweredDestroyed", jetPoweredDestroyed,
        NONE.jetPoweredDestroyed);
    given(given, "hitLocations", hitLocations, NONE.hitLocations);
    given(given, "fragmentLocations", fragmentLocations, NONE.fragmentLocations);
    given(given, "launchedWithheld", launchedWithheld, NONE.launchedWithheld);
    return given.toString();
  }

  /** Adds {@code name=value} unless the value is that of {@link #none()}. */
  private static void given(StringJoiner to, String name, Object value, Object none) {
    if (!value.equals(none)) {
      to.add(name + "=" + value);
    }
  }
}
