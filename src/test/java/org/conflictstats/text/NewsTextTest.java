package org.conflictstats.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.conflictstats.model.Count;
import org.conflictstats.model.StrikeReport;
import org.junit.jupiter.api.Test;

/**
 * Whole texts of our own in the styles users paste: a wire story with a Russian claim, a
 * governor and a recap; an Air Force post in Ukrainian with times, directions and a bare
 * "missiles shot down"; a live-blog update that adds up drones and missiles by type.
 */
final class NewsTextTest {

  @Test
  void aWireStory() {
    Extraction x = Read.text("KYIV, March 3 (Reuters) - Russia attacked Ukraine overnight with"
        + " 112 drones and two ballistic missiles, Ukraine's air force said on Monday, adding that"
        + " air defences had shot down 64 of the drones. Another 38 drones were 'lost', the air"
        + " force said, a term that usually refers to electronic jamming. Russia's defence"
        + " ministry said its forces had destroyed 25 Ukrainian drones over the Belgorod and"
        + " Kursk regions. The governor of Odesa region, Oleh Kiper, said debris from downed"
        + " drones injured three people in the port city. On the previous night Russia launched"
        + " 150 drones.");
    assertEquals(List.of("drones launched 112", "ballistic missiles launched 2",
        "drones destroyed 64", "drones suppressed 38", "people injured 3 @Odesa oblast"),
        Read.figures(x));
    assertEquals(List.of(SetAside.Reason.RUSSIAN_CLAIM, SetAside.Reason.OTHER_PERIOD),
        x.setAside().stream().map(SetAside::reason).toList());
    assertEquals(List.of("Shahed-136/131 112/64/38/0/0/0",
        "Ballistic Missile 2/unknown/unknown/0/0/0"),
        x.report().orElseThrow().lines().stream().map(Read::describe).toList());
  }

  @Test
  void anAirForcePostInUkrainian() {
    Extraction x = Read.text("""
        У ніч на 9 березня (з 18:00 8 березня) противник атакував 176 ударними БпЛА типу Shahed, \
        «Гербера» та дронами-імітаторами різних типів з напрямків: Курськ, Брянськ, \
        Приморсько-Ахтарськ. Також ворог запустив 2 керовані авіаційні ракети Х-59/69 з \
        Бєлгородської області.
        Станом на 09:00 підтверджено збиття 130 ударних БпЛА типу Shahed та інших типів дронів на \
        півночі, сході та півдні країни. 40 ворожих дронів-імітаторів локаційно втрачені (без \
        негативних наслідків). Ракети Х-59/69 збито.
        Внаслідок атаки постраждали Харківщина, Сумщина та Київщина.
        """);
    assertEquals(Language.UKRAINIAN, x.language());
    assertEquals(List.of("drones launched 176", "Kh-59/Kh-69 launched 2", "drones destroyed 130",
        "decoys suppressed 40", "Kh-59/Kh-69 destroyed 2"), Read.figures(x));
    StrikeReport r = x.report().orElseThrow();
    assertEquals(List.of("Shahed-136/131 176/130/40/0/0/0", "Kh-59/Kh-69 2/2/unknown/0/0/0"),
        r.lines().stream().map(Read::describe).toList());
    assertEquals(Count.exactly(6), r.lines().get(0).unknown());
    assertEquals(List.of(), x.setAside());
  }

  @Test
  void aLiveBlogUpdateWithTypes() {
    Extraction x = Read.text("""
        09:12 Russia launched 367 drones and missiles in the attack, including 295 drones, nine \
        cruise missiles and 63 ballistic missiles, the air force said.
        Air defence units shot down 45 ballistic missiles, all the cruise missiles and 266 drones.
        At least 14 people were killed and 52 wounded in Kyiv, officials said.
        Over the past week Russia has launched more than 1,200 drones and 40 missiles.
        """);
    assertEquals(List.of("total launched 367", "drones launched 295",
        "cruise missiles launched 9", "ballistic missiles launched 63",
        "ballistic missiles destroyed 45", "cruise missiles destroyed 9", "drones destroyed 266",
        "people killed at least 14 @Kyiv", "people injured at least 52 @Kyiv"), Read.figures(x));
    StrikeReport r = x.report().orElseThrow();
    assertEquals(List.of("Shahed-136/131 295/266/unknown/0/0/0",
        "Cruise Missile 9/9/unknown/0/0/0", "Ballistic Missile 63/45/unknown/0/0/0"),
        r.lines().stream().map(Read::describe).toList());
    assertEquals(List.of(SetAside.Reason.OTHER_PERIOD),
        x.setAside().stream().map(SetAside::reason).toList());
  }
}
