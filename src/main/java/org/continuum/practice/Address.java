package org.continuum.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address as a claim carries it (loop 2010AA / 2010BA N3 and N4). */
@Embeddable
public record Address(
    @Column(name = "address_line1") @Size(max = 200) String line1,
    @Column(name = "address_line2") @Size(max = 200) String line2,
    @Column(name = "city") @Size(max = 100) String city,
    @Column(name = "state")
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code")
        String state,
    @Column(name = "postal_code")
        @Pattern(regexp = "\\d{5}(\\d{4})?", message = "must be a 5 or 9 digit ZIP code")
        String postalCode) {}
