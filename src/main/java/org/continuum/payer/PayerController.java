package org.continuum.payer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.continuum.web.NotFoundException;
import org.continuum.web.Pages;
import org.continuum.web.UnprocessableException;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payers and their profiles for integrators and analysts. A payer is created together with its
 * profile, because a payer without rules cannot be billed; it is deactivated rather than deleted,
 * because old claims and remittances keep referring to it.
 */
@RestController
@RequestMapping("/api/payers")
class PayerController {

  /** A CPT (five digits, or four and F, T or U) or HCPCS Level II code (a letter and four). */
  static final String PROCEDURE_CODE = "[0-9A-Z]{5}";

  static final String PROCEDURE_CODE_MESSAGE = "must be a 5-character CPT or HCPCS code";

  private final PayerRepository payers;
  private final PayerProfileRepository profiles;

  PayerController(PayerRepository payers, PayerProfileRepository profiles) {
    this.payers = payers;
    this.profiles = profiles;
  }

  @GetMapping
  @Transactional(readOnly = true)
  List<PayerView> list(
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) Boolean active) {
    var pageRequest = Pages.of(page, size, Sort.by("id"));
    List<Payer> found =
        active != null
            ? payers.findByActive(active, pageRequest)
            : payers.findAll(pageRequest).getContent();
    return found.stream().map(this::view).toList();
  }

  @GetMapping("/{id}")
  @Transactional(readOnly = true)
  PayerView get(@PathVariable long id) {
    return view(find(id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  PayerView create(@Valid @RequestBody PayerRequest request) {
    if (request.profile() == null) {
      throw new UnprocessableException("profile", "is required: a payer cannot be billed without");
    }
    checkCodeIsFree(request.code(), null);
    Payer payer =
        payers.save(new Payer(request.code(), request.name(), request.payerId(), request.family()));
    if (Boolean.FALSE.equals(request.active())) {
      payer.deactivate();
    }
    PayerProfile profile = request.profile().toProfile(payer.getId());
    profiles.save(profile);
    return PayerView.of(payer, profile);
  }

  /** Replaces the payer's fields, and its profile when the request carries one. */
  @PutMapping("/{id}")
  @Transactional
  PayerView update(@PathVariable long id, @Valid @RequestBody PayerRequest request) {
    Payer payer = find(id);
    checkCodeIsFree(request.code(), id);
    payer.update(
        request.code(),
        request.name(),
        request.payerId(),
        request.family(),
        request.active() == null ? payer.isActive() : request.active());
    if (request.profile() != null) {
      saveProfile(id, request.profile());
    }
    payers.saveAndFlush(payer);
    return view(payer);
  }

  /** Deactivates the payer; coverages, claims and remittances keep referring to it. */
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  void deactivate(@PathVariable long id) {
    find(id).deactivate();
    payers.flush();
  }

  @GetMapping("/{id}/profile")
  @Transactional(readOnly = true)
  PayerProfileView profile(@PathVariable long id) {
    find(id);
    return profiles
        .findById(id)
        .map(PayerProfileView::of)
        .orElseThrow(() -> new NotFoundException("Profile of payer", id));
  }

  /** Replaces the payer's rules (or gives a payer its first profile). */
  @PutMapping("/{id}/profile")
  @Transactional
  PayerProfileView updateProfile(
      @PathVariable long id, @Valid @RequestBody PayerProfileRequest request) {
    find(id);
    return PayerProfileView.of(saveProfile(id, request));
  }

  private PayerProfile saveProfile(long payerId, PayerProfileRequest request) {
    PayerProfile profile =
        profiles
            .findById(payerId)
            .map(
                existing -> {
                  request.applyTo(existing);
                  return existing;
                })
            .orElseGet(() -> request.toProfile(payerId));
    return profiles.saveAndFlush(profile);
  }

  private Payer find(long id) {
    return payers.findById(id).orElseThrow(() -> new NotFoundException("Payer", id));
  }

  private void checkCodeIsFree(String code, Long id) {
    payers
        .findByCode(code)
        .filter(other -> !other.getId().equals(id))
        .ifPresent(
            other -> {
              throw new UnprocessableException("code", "belongs to another payer");
            });
  }

  private PayerView view(Payer payer) {
    return PayerView.of(payer, profiles.findById(payer.getId()).orElse(null));
  }

  /** A payer as the API accepts it; the profile is required on create, optional on update. */
  record PayerRequest(
      @NotBlank
          @Pattern(
              regexp = "[A-Z0-9][A-Z0-9_-]{0,29}",
              message = "must be up to 30 capitals, digits, hyphens or underscores")
          String code,
      @NotBlank @Size(max = 200) String name,
      @NotBlank
          @Pattern(
              regexp = "[A-Za-z0-9]{2,80}",
              message = "must be the payer's electronic id: 2 to 80 letters or digits")
          String payerId,
      @NotNull PayerFamily family,
      Boolean active,
      @Valid PayerProfileRequest profile) {}

  /**
   * A payer profile as the API accepts it. Lists and maps left out are empty; the renewal lead time
   * left out is the schema's default of 14 days.
   */
  record PayerProfileRequest(
      @NotNull @Min(1) @Max(730) Integer timelyFilingDays,
      @NotEmpty @Size(max = 10) List<@NotNull @Positive @Max(3650) Integer> appealWindowDays,
      @NotNull @Min(1) @Max(365) Integer expectedTurnaroundDays,
      List<@NotNull @Pattern(regexp = PROCEDURE_CODE, message = PROCEDURE_CODE_MESSAGE) String>
          authRequiredCodes,
      @Min(0) @Max(365) Integer authRenewalLeadDays,
      @NotNull @Valid TelehealthPolicy telehealthPolicy,
      Map<
              @NotBlank @Pattern(regexp = "[A-Z_]{1,40}", message = "must be a credential name")
              String,
              @NotNull
              @Pattern(regexp = "[A-Z0-9]{2}", message = "must be a two-character modifier") String>
          licensureModifiers,
      @NotNull @Valid DocumentationRules documentationRules,
      @Positive Integer visitCapPerYear) {

    PayerProfile toProfile(Long payerId) {
      return new PayerProfile(
          payerId,
          timelyFilingDays,
          appealWindowDays,
          expectedTurnaroundDays,
          authRequiredCodes(),
          authRenewalLeadDays(),
          telehealthPolicy,
          licensureModifiers(),
          documentationRules,
          visitCapPerYear);
    }

    void applyTo(PayerProfile profile) {
      profile.update(
          timelyFilingDays,
          appealWindowDays,
          expectedTurnaroundDays,
          authRequiredCodes(),
          authRenewalLeadDays(),
          telehealthPolicy,
          licensureModifiers(),
          documentationRules,
          visitCapPerYear);
    }

    @Override
    public List<String> authRequiredCodes() {
      return authRequiredCodes == null ? List.of() : authRequiredCodes;
    }

    @Override
    public Integer authRenewalLeadDays() {
      return authRenewalLeadDays == null ? 14 : authRenewalLeadDays;
    }

    @Override
    public Map<String, String> licensureModifiers() {
      return licensureModifiers == null ? Map.of() : licensureModifiers;
    }
  }

  /** A payer profile as the API returns it. */
  record PayerProfileView(
      Long payerId,
      int timelyFilingDays,
      List<Integer> appealWindowDays,
      int expectedTurnaroundDays,
      List<String> authRequiredCodes,
      int authRenewalLeadDays,
      TelehealthPolicy telehealthPolicy,
      Map<String, String> licensureModifiers,
      DocumentationRules documentationRules,
      Integer visitCapPerYear) {

    static PayerProfileView of(PayerProfile p) {
      return new PayerProfileView(
          p.getPayerId(),
          p.getTimelyFilingDays(),
          p.getAppealWindowDays(),
          p.getExpectedTurnaroundDays(),
          p.getAuthRequiredCodes(),
          p.getAuthRenewalLeadDays(),
          p.getTelehealthPolicy(),
          p.getLicensureModifiers(),
          p.getDocumentationRules(),
          p.getVisitCapPerYear());
    }
  }

  /** A payer as the API returns it, with its profile (absent only for payers made without one). */
  record PayerView(
      Long id,
      String code,
      String name,
      String payerId,
      PayerFamily family,
      boolean active,
      long version,
      PayerProfileView profile) {

    static PayerView of(Payer p, PayerProfile profile) {
      return new PayerView(
          p.getId(),
          p.getCode(),
          p.getName(),
          p.getPayerId(),
          p.getFamily(),
          p.isActive(),
          p.getVersion(),
          profile == null ? null : PayerProfileView.of(profile));
    }
  }
}
