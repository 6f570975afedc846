package org.continuum.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to and reads the audit trail. Each entry's hash covers its own fields and the hash of the
 * entry before it, so the entries form one chain; appends take a transaction-scoped advisory lock
 * so that two appends, on any node, never chain onto the same predecessor. An append joins the
 * caller's transaction: a decision that rolls back leaves no entry claiming it happened.
 *
 * <p>Callers pass ids and field names. A value of a patient (name, birth date, member id,
 * diagnosis) never belongs in an entry: the trail is readable by every administrator.
 */
@Service
public class AuditTrail {

  /** What an entry chains onto when it is the first. */
  static final String GENESIS = "0".repeat(64);

  /** The advisory lock key that serialises appends (arbitrary, fixed: "AUDIT" in ASCII). */
  private static final long APPEND_LOCK = 0x4155444954L;

  private final JdbcTemplate jdbc;

  AuditTrail(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One entry as stored and as {@code GET /api/audit} shows it. */
  public record Entry(
      long id,
      Instant at,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String detail,
      String previousHash,
      String hash) {}

  /** Records an action of the user of the current request (or "system" outside one). */
  @Transactional
  public void record(String action, String subjectType, Object subjectId, String detail) {
    record(currentActor(), action, subjectType, subjectId, detail);
  }

  /**
   * Records that {@code actor} did {@code action} to the subject. {@code detail} names fields or
   * outcomes, never PHI values.
   */
  @Transactional
  public void record(
      String actor, String action, String subjectType, Object subjectId, String detail) {
    jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, APPEND_LOCK);
    List<String> last =
        jdbc.queryForList("select hash from audit_entry order by id desc limit 1", String.class);
    String previousHash = last.isEmpty() ? GENESIS : last.get(0);
    long id = jdbc.queryForObject("select nextval('audit_entry_seq')", Long.class);
    Entry entry =
        new Entry(
            id,
            Instant.now().truncatedTo(ChronoUnit.MICROS),
            clip(actor == null || actor.isBlank() ? "system" : actor, 100),
            clip(action, 40),
            clip(subjectType, 40),
            subjectId == null ? null : clip(subjectId.toString(), 64),
            detail == null ? null : clip(detail, 500),
            previousHash,
            null);
    String hash = hashOf(entry);
    jdbc.update(
        "insert into audit_entry (id, at, actor, action, subject_type, subject_id, detail,"
            + " previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        entry.id(),
        OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC),
        entry.actor(),
        entry.action(),
        entry.subjectType(),
        entry.subjectId(),
        entry.detail(),
        previousHash,
        hash);
  }

  /** Filters of a query; null means any. */
  public record Filter(
      String actor, String subjectType, String subjectId, Instant from, Instant to) {}

  /** Entries matching the filter, newest first. */
  @Transactional(readOnly = true)
  public List<Entry> find(Filter filter, int page, int size) {
    StringBuilder sql = new StringBuilder("select * from audit_entry where true");
    List<Object> args = new ArrayList<>();
    if (filter.actor() != null) {
      sql.append(" and actor = ?");
      args.add(filter.actor());
    }
    if (filter.subjectType() != null) {
      sql.append(" and subject_type = ?");
      args.add(filter.subjectType());
    }
    if (filter.subjectId() != null) {
      sql.append(" and subject_id = ?");
      args.add(filter.subjectId());
    }
    if (filter.from() != null) {
      sql.append(" and at >= ?");
      args.add(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
    }
    if (filter.to() != null) {
      sql.append(" and at < ?");
      args.add(OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
    }
    sql.append(" order by id desc limit ? offset ?");
    args.add(size);
    args.add((long) page * size);
    return jdbc.query(sql.toString(), (rs, n) -> entryOf(rs), args.toArray());
  }

  /** The outcome of recomputing the chain: where it first breaks, if it does. */
  public record Verification(
      long entries, boolean intact, Long firstBrokenId, String reason, String lastHash) {}

  /**
   * Recomputes every entry's hash in chain order and checks that each names its predecessor's hash.
   * A changed entry fails its own hash; a removed one breaks the next entry's link. Administrators
   * who keep the reported {@code lastHash} elsewhere also notice entries removed from the end.
   */
  @Transactional(readOnly = true)
  public Verification verify() {
    long[] count = {0};
    String[] previous = {GENESIS};
    Verification[] broken = {null};
    jdbc.query(
        con -> {
          var statement =
              con.prepareStatement(
                  "select * from audit_entry order by id",
                  ResultSet.TYPE_FORWARD_ONLY,
                  ResultSet.CONCUR_READ_ONLY);
          statement.setFetchSize(1000);
          return statement;
        },
        rs -> {
          if (broken[0] != null) {
            return;
          }
          Entry entry = entryOf(rs);
          count[0]++;
          if (!entry.previousHash().equals(previous[0])) {
            broken[0] =
                new Verification(
                    count[0],
                    false,
                    entry.id(),
                    "names a predecessor that is not the entry before it: an entry before it was"
                        + " removed or changed",
                    null);
          } else if (!hashOf(entry).equals(entry.hash())) {
            broken[0] =
                new Verification(
                    count[0], false, entry.id(), "its content does not match its hash", null);
          }
          previous[0] = entry.hash();
        });
    return broken[0] != null
        ? broken[0]
        : new Verification(count[0], true, null, null, previous[0]);
  }

  static String hashOf(Entry entry) {
    StringBuilder content = new StringBuilder();
    for (Object field :
        new Object[] {
          entry.id(),
          entry.at().truncatedTo(ChronoUnit.MICROS).toString(),
          entry.actor(),
          entry.action(),
          entry.subjectType(),
          entry.subjectId(),
          entry.detail(),
          entry.previousHash()
        }) {
      // length-prefixed, so that no two different entries share one content string
      String text = field == null ? "" : field.toString();
      content.append(field == null ? -1 : text.length()).append(':').append(text).append('|');
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static Entry entryOf(ResultSet rs) throws SQLException {
    return new Entry(
        rs.getLong("id"),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        rs.getString("detail"),
        rs.getString("previous_hash"),
        rs.getString("hash"));
  }

  private static String currentActor() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null || !authentication.isAuthenticated()
        ? "system"
        : authentication.getName();
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
