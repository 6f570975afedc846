package org.continuum.practice;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The entity that bills and is paid: loop 2010AA of every claim. */
@Entity
@Table(name = "billing_provider")
public class BillingProvider {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "billing_provider_seq")
  @SequenceGenerator(
      name = "billing_provider_seq",
      sequenceName = "billing_provider_seq",
      allocationSize = 50)
  private Long id;

  private Long organisationId;
  private String name;
  private String npi;
  private String taxId;
  private String taxonomyCode;
  @Embedded private Address address;
  private String phone;

  protected BillingProvider() {}

  public BillingProvider(
      Long organisationId,
      String name,
      String npi,
      String taxId,
      String taxonomyCode,
      Address address,
      String phone) {
    this.organisationId = organisationId;
    update(name, npi, taxId, taxonomyCode, address, phone);
  }

  /** Replaces every field a user can edit; the organisation of a billing provider never changes. */
  public final void update(
      String name, String npi, String taxId, String taxonomyCode, Address address, String phone) {
    this.name = name;
    this.npi = npi;
    this.taxId = taxId;
    this.taxonomyCode = taxonomyCode;
    this.address = address;
    this.phone = phone;
  }

  public Long getId() {
    return id;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public String getName() {
    return name;
  }

  public String getNpi() {
    return npi;
  }

  public String getTaxId() {
    return taxId;
  }

  public String getTaxonomyCode() {
    return taxonomyCode;
  }

  public Address getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }
}
