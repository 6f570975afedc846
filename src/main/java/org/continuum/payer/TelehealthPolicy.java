package org.continuum.payer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * How a payer wants telehealth reported: the place of service when the patient is at home or
 * elsewhere, and the modifier for video and for audio-only visits (blank when the payer wants
 * none). Payers moved at different times from modifier 95 to POS 02/10, so this is data.
 *
 * @param homePlaceOfService POS when the patient is at home (10 at most payers since 2022)
 * @param otherPlaceOfService POS when the patient is elsewhere (02)
 * @param videoModifier modifier for synchronous audio-video (95, GT, or blank)
 * @param audioOnlyModifier modifier for audio-only (93, FQ, or blank)
 * @param audioOnlyCovered whether the payer pays audio-only visits at all
 */
public record TelehealthPolicy(
    @NotBlank @Pattern(regexp = "\\d{2}", message = "must be a two-digit place of service")
        String homePlaceOfService,
    @NotBlank @Pattern(regexp = "\\d{2}", message = "must be a two-digit place of service")
        String otherPlaceOfService,
    @Pattern(regexp = "([A-Z0-9]{2})?", message = "must be a two-character modifier or empty")
        String videoModifier,
    @Pattern(regexp = "([A-Z0-9]{2})?", message = "must be a two-character modifier or empty")
        String audioOnlyModifier,
    boolean audioOnlyCovered) {}
