package org.continuum.sandbox;

import static org.continuum.sandbox.DemoPayers.BRIGHTPATH;
import static org.continuum.sandbox.DemoPayers.LAKESHORE;
import static org.continuum.sandbox.DemoPayers.MEDICAID;
import static org.continuum.sandbox.DemoPayers.MEDICARE;
import static org.continuum.sandbox.DemoPayers.SUMMIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.continuum.practice.Address;
import org.continuum.practice.CoveragePriority;
import org.continuum.practice.Credential;
import org.continuum.practice.LicensureLevel;
import org.continuum.practice.SubscriberRelationship;
import org.continuum.sandbox.DemoPracticePlan.AppointmentPlan;
import org.continuum.sandbox.DemoPracticePlan.AuthorizationPlan;
import org.continuum.sandbox.DemoPracticePlan.BillingProviderPlan;
import org.continuum.sandbox.DemoPracticePlan.ClinicianPlan;
import org.continuum.sandbox.DemoPracticePlan.CoveragePlan;
import org.continuum.sandbox.DemoPracticePlan.PatientPlan;

/**
 * Invents the demo practice from a fixed seed, so every start of the demo shows the same patients
 * and a bug report can name one. Names are deliberately whimsical so nobody mistakes a demo patient
 * for a real one. Only authorization dates follow "today" (so some are always about to expire); the
 * random draws do not depend on it, so demographics are identical on every day.
 */
final class DemoPracticeGenerator {

  static final long SEED = 20250101L;
  static final String ORGANISATION_NAME = "Continuum Demo Behavioral Health";
  static final int PATIENT_COUNT = 300;

  /** The demo user seeded by {@link DemoUsers} who is also one of the practice's LCSWs. */
  static final String DEMO_CLINICIAN_USER = "clinician";

  /** Ages are counted from a fixed date, not from today, so the demo does not drift by day. */
  private static final LocalDate AGE_REFERENCE = LocalDate.of(2025, 1, 1);

  private static final LocalDate COVERAGE_START = LocalDate.of(2024, 1, 1);

  private static final String STATE = "IL";

  private static final String[][] CITIES = {
    {"Riverton", "62561"},
    {"Maple Hollow", "62702"},
    {"Cedar Bend", "62521"},
    {"Lakeview Springs", "61820"},
    {"Oak Prairie", "61701"}
  };

  private static final String[] STREETS = {
    "Elm", "Birch", "Willow", "Juniper", "Sycamore", "Chestnut", "Hawthorn", "Linden", "Foxglove"
  };
  private static final String[] STREET_KINDS = {"St", "Ave", "Ln", "Ct", "Rd", "Way"};

  private static final String[] FEMALE_NAMES = {
    "Ada", "Bea", "Cleo", "Dora", "Edie", "Fern", "Greta", "Hazel", "Iris", "June", "Kit",
    "Lena", "Mabel", "Nell", "Opal", "Pearl", "Rue", "Sadie", "Tess", "Vera", "Wren", "Yara"
  };
  private static final String[] MALE_NAMES = {
    "Abe", "Basil", "Cyrus", "Dash", "Ezra", "Finn", "Gus", "Hugo", "Ike", "Jasper", "Kip",
    "Linus", "Milo", "Ned", "Otis", "Pip", "Rex", "Silas", "Theo", "Vito", "Walt", "Zeke"
  };
  private static final String[] LAST_NAMES = {
    "Applebottom",
    "Bumblewood",
    "Crumpet",
    "Dillydally",
    "Fiddlesticks",
    "Gumdrop",
    "Hobnob",
    "Inkblot",
    "Jellybean",
    "Kettledrum",
    "Lollygag",
    "Marmalade",
    "Noodleman",
    "Pickleberry",
    "Puddingstone",
    "Quibble",
    "Rumbleford",
    "Snickerdoodle",
    "Sprocket",
    "Thimbleton",
    "Tiddlywink",
    "Waffleby",
    "Wobblesworth",
    "Zigzag"
  };

  /** The twelve clinicians: credential, degree level, prescriber, taxonomy, name. */
  private static final List<ClinicianTemplate> CLINICIANS =
      List.of(
          new ClinicianTemplate(
              "Marguerite",
              "Quillfeather",
              Credential.PSYCHIATRIST,
              LicensureLevel.DOCTORAL,
              "2084P0800X"),
          new ClinicianTemplate(
              "Barnaby",
              "Lanternwick",
              Credential.PSYCHIATRIST,
              LicensureLevel.DOCTORAL,
              "2084P0800X"),
          new ClinicianTemplate(
              "Odette",
              "Brambleton",
              Credential.PSYCHIATRIC_NURSE_PRACTITIONER,
              LicensureLevel.MASTERS,
              "363LP0808X"),
          new ClinicianTemplate(
              "Cornelius",
              "Fernsby",
              Credential.PSYCHOLOGIST,
              LicensureLevel.DOCTORAL,
              "103TC0700X"),
          new ClinicianTemplate(
              "Philippa",
              "Moonfield",
              Credential.PSYCHOLOGIST,
              LicensureLevel.DOCTORAL,
              "103TC0700X"),
          new ClinicianTemplate(
              "Casey", "Clinicianson", Credential.LCSW, LicensureLevel.MASTERS, "1041C0700X"),
          new ClinicianTemplate(
              "Rosalind", "Teacup", Credential.LCSW, LicensureLevel.MASTERS, "1041C0700X"),
          new ClinicianTemplate(
              "Ignatius", "Puddleby", Credential.LPC, LicensureLevel.MASTERS, "101YP2500X"),
          new ClinicianTemplate(
              "Wilhelmina", "Starling", Credential.LPC, LicensureLevel.MASTERS, "101YP2500X"),
          new ClinicianTemplate(
              "Thaddeus", "Hearthstone", Credential.LMFT, LicensureLevel.MASTERS, "106H00000X"),
          new ClinicianTemplate(
              "Clementine", "Mossgrove", Credential.LMFT, LicensureLevel.MASTERS, "106H00000X"),
          new ClinicianTemplate(
              "Percival", "Newleaf", Credential.ASSOCIATE, LicensureLevel.MASTERS, "101Y00000X"));

  /** Index in {@link #CLINICIANS} of the LCSW the demo user {@code clinician} logs in as. */
  static final int DEMO_CLINICIAN_INDEX = 5;

  private static final String MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY";

  private final Random random;
  private final LocalDate today;
  private final Set<String> npis = new HashSet<>();

  DemoPracticeGenerator(long seed, LocalDate today) {
    this.random = new Random(seed);
    this.today = today;
  }

  /** The demo practice for {@link #SEED}: the same every time for the same {@code today}. */
  static DemoPracticePlan standard(LocalDate today) {
    return new DemoPracticeGenerator(SEED, today).generate();
  }

  DemoPracticePlan generate() {
    BillingProviderPlan billingProvider =
        new BillingProviderPlan(
            ORGANISATION_NAME,
            newNpi(),
            "84" + digits(7),
            "261QM0801X",
            new Address("1200 Lantern Way", "Suite 300", "Riverton", STATE, "625611200"),
            "2175550100");
    List<ClinicianPlan> clinicians = new ArrayList<>();
    for (int i = 0; i < CLINICIANS.size(); i++) {
      ClinicianTemplate template = CLINICIANS.get(i);
      String userId =
          i == DEMO_CLINICIAN_INDEX
              ? DEMO_CLINICIAN_USER
              : (template.firstName().charAt(0) + template.lastName()).toLowerCase();
      clinicians.add(
          new ClinicianPlan(
              template.firstName(),
              template.lastName(),
              newNpi(),
              template.credential(),
              template.licensureLevel(),
              template.credential().prescribes(),
              template.taxonomyCode(),
              userId));
    }
    List<PatientPlan> patients = new ArrayList<>();
    List<CoveragePlan> coverages = new ArrayList<>();
    for (int i = 0; i < PATIENT_COUNT; i++) {
      addPatient(i, clinicians.size(), patients, coverages);
    }
    List<AuthorizationPlan> authorizations = authorizations(patients, coverages);
    return new DemoPracticePlan(
        ORGANISATION_NAME,
        billingProvider,
        clinicians,
        patients,
        coverages,
        authorizations,
        appointments(patients, authorizations));
  }

  private void addPatient(
      int index, int clinicianCount, List<PatientPlan> patients, List<CoveragePlan> coverages) {
    String payer = primaryPayer();
    boolean child =
        (payer.equals(SUMMIT) || payer.equals(LAKESHORE) || payer.equals(BRIGHTPATH))
            && random.nextDouble() < 0.2;
    int age =
        switch (payer) {
          case MEDICARE -> 65 + random.nextInt(25);
          case MEDICAID -> 6 + random.nextInt(59);
          default -> child ? 6 + random.nextInt(12) : 19 + random.nextInt(46);
        };
    boolean female = random.nextBoolean();
    String firstName = pick(female ? FEMALE_NAMES : MALE_NAMES);
    String lastName = pick(LAST_NAMES);
    LocalDate dateOfBirth = AGE_REFERENCE.minusYears(age).minusDays(random.nextInt(365));
    String[] city = CITIES[random.nextInt(CITIES.length)];
    Address address =
        new Address(
            (100 + random.nextInt(9800)) + " " + pick(STREETS) + " " + pick(STREET_KINDS),
            null,
            city[0],
            STATE,
            city[1]);
    patients.add(
        new PatientPlan(
            "EHR-%06d".formatted(index + 1),
            firstName,
            lastName,
            dateOfBirth,
            female ? "F" : "M",
            address,
            "217555" + "01" + digits(2),
            random.nextInt(clinicianCount)));

    coverages.add(coverage(index, payer, CoveragePriority.PRIMARY, child, lastName, dateOfBirth));
    String secondary = secondaryPayer(payer);
    if (secondary != null) {
      coverages.add(
          coverage(index, secondary, CoveragePriority.SECONDARY, child, lastName, dateOfBirth));
    }
  }

  /** Roughly 25% Medicare, 25% Medicaid, 20% Summit, 20% Lakeshore, 10% EAP. */
  private String primaryPayer() {
    double draw = random.nextDouble();
    if (draw < 0.25) {
      return MEDICARE;
    } else if (draw < 0.50) {
      return MEDICAID;
    } else if (draw < 0.70) {
      return SUMMIT;
    } else if (draw < 0.90) {
      return LAKESHORE;
    }
    return BRIGHTPATH;
  }

  /**
   * A second payer for about one patient in ten: dual-eligible Medicare patients have Medicaid
   * behind Medicare (Medicaid pays last), others a Medigap-like or a spouse's commercial plan.
   */
  private String secondaryPayer(String primary) {
    if (!(primary.equals(MEDICARE) || primary.equals(SUMMIT) || primary.equals(LAKESHORE))
        || random.nextDouble() >= 0.16) {
      return null;
    }
    return switch (primary) {
      case MEDICARE -> random.nextBoolean() ? MEDICAID : LAKESHORE;
      case SUMMIT -> LAKESHORE;
      default -> SUMMIT;
    };
  }

  private CoveragePlan coverage(
      int patientIndex,
      String payer,
      CoveragePriority priority,
      boolean child,
      String lastName,
      LocalDate dateOfBirth) {
    boolean parentSubscribes = child && !payer.equals(MEDICAID) && !payer.equals(MEDICARE);
    String subscriberFirstName = null;
    LocalDate subscriberDateOfBirth = null;
    if (parentSubscribes) {
      subscriberFirstName = pick(random.nextBoolean() ? FEMALE_NAMES : MALE_NAMES);
      subscriberDateOfBirth = dateOfBirth.minusYears(24 + random.nextInt(20)).minusDays(40);
    }
    return new CoveragePlan(
        patientIndex,
        payer,
        memberId(payer),
        groupNumber(payer),
        priority,
        parentSubscribes ? SubscriberRelationship.CHILD : SubscriberRelationship.SELF,
        subscriberFirstName,
        parentSubscribes ? lastName : null,
        subscriberDateOfBirth,
        COVERAGE_START.plusDays(random.nextInt(365)));
  }

  /** Member ids shaped like each payer's: an MBI for Medicare, digits for Medicaid, prefixes. */
  private String memberId(String payer) {
    return switch (payer) {
      case MEDICARE -> medicareBeneficiaryIdentifier();
      case MEDICAID -> "9" + digits(9);
      case SUMMIT -> "SUM" + digits(9);
      case LAKESHORE -> "LKM" + digits(8) + "01";
      default -> "BP" + digits(7);
    };
  }

  private String groupNumber(String payer) {
    return switch (payer) {
      case SUMMIT -> "SG" + digits(5);
      case LAKESHORE -> "L" + digits(6);
      case BRIGHTPATH -> "EAP" + digits(3);
      default -> null;
    };
  }

  /** The MBI pattern: C A AN N A AN N A A N N, without the letters S, L, O, I, B and Z. */
  private String medicareBeneficiaryIdentifier() {
    return ""
        + (1 + random.nextInt(9))
        + mbiLetter()
        + mbiAlphanumeric()
        + random.nextInt(10)
        + mbiLetter()
        + mbiAlphanumeric()
        + random.nextInt(10)
        + mbiLetter()
        + mbiLetter()
        + random.nextInt(10)
        + random.nextInt(10);
  }

  private char mbiLetter() {
    return MBI_LETTERS.charAt(random.nextInt(MBI_LETTERS.length()));
  }

  private char mbiAlphanumeric() {
    return random.nextInt(3) == 0 ? (char) ('0' + random.nextInt(10)) : mbiLetter();
  }

  /**
   * Authorizations for nine in ten patients whose primary payer wants them (the rest show up as
   * missing authorizations). About one in seven ends within two weeks and one in seven has a unit
   * or two left, so the renewal and exhaustion queues have work; the first Medicaid patient holds
   * two at once, for 90837 and for H0004.
   */
  private List<AuthorizationPlan> authorizations(
      List<PatientPlan> patients, List<CoveragePlan> coverages) {
    List<AuthorizationPlan> authorizations = new ArrayList<>();
    boolean twoGiven = false;
    for (CoveragePlan coverage : coverages) {
      if (coverage.priority() != CoveragePriority.PRIMARY) {
        continue;
      }
      String payer = coverage.payerCode();
      if (!(payer.equals(MEDICAID) || payer.equals(SUMMIT) || payer.equals(BRIGHTPATH))) {
        continue;
      }
      if (random.nextDouble() >= 0.9) {
        continue;
      }
      int patient = coverage.patientIndex();
      Integer clinician = payer.equals(BRIGHTPATH) ? patients.get(patient).clinicianIndex() : null;
      if (payer.equals(MEDICAID) && !twoGiven) {
        twoGiven = true;
        authorizations.add(authorization(patient, payer, List.of("90837"), clinician));
        authorizations.add(authorization(patient, payer, List.of("H0004"), clinician));
        continue;
      }
      List<String> codes =
          switch (payer) {
            case MEDICAID -> random.nextBoolean() ? List.of("90837") : List.of("H0004");
            case SUMMIT -> List.of("90837");
            default -> List.of("90834", "90837");
          };
      authorizations.add(authorization(patient, payer, codes, clinician));
    }
    return authorizations;
  }

  private AuthorizationPlan authorization(
      int patient, String payer, List<String> codes, Integer clinician) {
    int units = 12 + random.nextInt(13);
    double kind = random.nextDouble();
    LocalDate start;
    int used;
    if (kind < 0.15) {
      LocalDate end = today.plusDays(3 + random.nextInt(11));
      start = end.minusDays(179);
      used = units / 2 + random.nextInt(units / 3);
    } else if (kind < 0.30) {
      start = today.minusDays(30 + random.nextInt(90));
      used = units - 1 - random.nextInt(2);
    } else {
      start = today.minusDays(random.nextInt(120));
      used = random.nextInt(units / 2);
    }
    LocalDate end = start.plusDays(179);
    String number =
        switch (payer) {
          case MEDICAID -> "PA" + digits(10);
          case SUMMIT -> "SHP-A" + digits(7);
          default -> "BPA" + digits(6);
        };
    return new AuthorizationPlan(patient, payer, number, codes, units, used, start, end, clinician);
  }

  /**
   * Upcoming weekly visits for every authorized patient, from tomorrow on, with the authorization's
   * first code and clinician (the patient's own when the payer names none). About one authorization
   * in five has more visits booked before its end date than units left, so its forecast runs out
   * early and its renewal starts at once; the others book fewer visits than units left. Drawn from
   * a random of their own so that the rest of the practice stays as it was.
   */
  private List<AppointmentPlan> appointments(
      List<PatientPlan> patients, List<AuthorizationPlan> authorizations) {
    Random draws = new Random(SEED + 1);
    List<AppointmentPlan> appointments = new ArrayList<>();
    for (AuthorizationPlan authorization : authorizations) {
      int clinician =
          authorization.renderingClinicianIndex() != null
              ? authorization.renderingClinicianIndex()
              : patients.get(authorization.patientIndex()).clinicianIndex();
      int remaining = authorization.unitsApproved() - authorization.unitsUsed();
      boolean outrun = draws.nextDouble() < 0.2;
      LocalDate first = today.plusDays(1 + draws.nextInt(7));
      long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(first, authorization.endDate());
      if (daysLeft < 0) {
        continue;
      }
      int visits;
      int everyDays;
      if (outrun) {
        visits = remaining + 2;
        everyDays = (int) Math.max(1, Math.min(7, daysLeft / visits));
      } else {
        visits = Math.max(0, remaining - 1 - draws.nextInt(3));
        everyDays = 7;
      }
      for (int i = 0; i < visits; i++) {
        LocalDate day = first.plusDays((long) i * everyDays);
        if (day.isAfter(authorization.endDate())) {
          break;
        }
        appointments.add(
            new AppointmentPlan(
                authorization.patientIndex(),
                clinician,
                authorization.procedureCodes().get(0),
                day));
      }
    }
    return appointments;
  }

  /** A new valid NPI (leading 1, as for most individuals), unique within the practice. */
  private String newNpi() {
    String npi;
    do {
      npi = NpiCheckDigit.complete("1" + digits(8));
    } while (!npis.add(npi));
    return npi;
  }

  private String digits(int count) {
    StringBuilder digits = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      digits.append(random.nextInt(10));
    }
    return digits.toString();
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private record ClinicianTemplate(
      String firstName,
      String lastName,
      Credential credential,
      LicensureLevel licensureLevel,
      String taxonomyCode) {}
}
