package org.continuum.practice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.continuum.web.NotFoundException;
import org.continuum.web.UnprocessableException;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation and its billing providers. A billing provider is loop 2010AA of every claim, and
 * the 837P implementation guide is strict about it: an NPI, a nine-digit tax id, a taxonomy code, a
 * street address (a PO box belongs in the pay-to loop) with a nine-digit ZIP code. Refusing a bad
 * value here is cheaper than a whole batch rejected by the clearinghouse.
 */
@RestController
@RequestMapping("/api/organisation")
class OrganisationController {

  private final OrganisationRepository organisations;
  private final BillingProviderRepository billingProviders;

  OrganisationController(
      OrganisationRepository organisations, BillingProviderRepository billingProviders) {
    this.organisations = organisations;
    this.billingProviders = billingProviders;
  }

  /** The organisation (one per installation) with its billing providers. */
  @GetMapping
  @Transactional(readOnly = true)
  OrganisationView get() {
    Organisation organisation =
        organisations.findAll(Sort.by("id")).stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Organisation", "of this installation"));
    return new OrganisationView(
        organisation.getId(),
        organisation.getName(),
        billingProviders.findByOrganisationIdOrderById(organisation.getId()).stream()
            .map(BillingProviderView::of)
            .toList());
  }

  @PutMapping("/billing-providers/{id}")
  @Transactional
  BillingProviderView updateBillingProvider(
      @PathVariable long id, @Valid @RequestBody BillingProviderRequest request) {
    BillingProvider provider =
        billingProviders
            .findById(id)
            .orElseThrow(() -> new NotFoundException("Billing provider", id));
    checkAddress(request.address());
    billingProviders
        .findByNpi(request.npi())
        .filter(other -> !other.getId().equals(id))
        .ifPresent(
            other -> {
              throw new UnprocessableException("npi", "belongs to another billing provider");
            });
    provider.update(
        request.name(),
        request.npi(),
        request.taxId(),
        request.taxonomyCode(),
        request.address(),
        request.phone());
    return BillingProviderView.of(billingProviders.saveAndFlush(provider));
  }

  private static void checkAddress(Address address) {
    if (isBlank(address.line1())) {
      throw new UnprocessableException("address.line1", "is required for a billing provider");
    }
    String line1 = address.line1().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 ]", "");
    if (line1.matches("(.* )?(P ?O|POST OFFICE|LOCK) ?BOX\\b.*")) {
      throw new UnprocessableException(
          "address.line1", "must be a street address, not a post office or lock box");
    }
    if (isBlank(address.city())) {
      throw new UnprocessableException("address.city", "is required for a billing provider");
    }
    if (isBlank(address.state())) {
      throw new UnprocessableException("address.state", "is required for a billing provider");
    }
    if (address.postalCode() == null || address.postalCode().length() != 9) {
      throw new UnprocessableException(
          "address.postalCode", "must be a 9-digit ZIP code for a billing provider");
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** A billing provider as the API accepts it. */
  record BillingProviderRequest(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Npi.Checked String npi,
      @NotBlank @Pattern(regexp = "\\d{9}", message = "must be 9 digits (EIN or SSN)") String taxId,
      @NotBlank
          @Pattern(regexp = "[0-9A-Z]{9}X", message = "must be a 10-character NUCC taxonomy code")
          String taxonomyCode,
      @NotNull @Valid Address address,
      @Pattern(regexp = "[0-9+() -]{7,20}", message = "must be a phone number") String phone) {}

  /** A billing provider as the API returns it. */
  record BillingProviderView(
      Long id,
      Long organisationId,
      String name,
      String npi,
      String taxId,
      String taxonomyCode,
      Address address,
      String phone) {

    static BillingProviderView of(BillingProvider b) {
      return new BillingProviderView(
          b.getId(),
          b.getOrganisationId(),
          b.getName(),
          b.getNpi(),
          b.getTaxId(),
          b.getTaxonomyCode(),
          b.getAddress(),
          b.getPhone());
    }
  }

  /** The organisation as the API returns it. */
  record OrganisationView(Long id, String name, List<BillingProviderView> billingProviders) {}
}
