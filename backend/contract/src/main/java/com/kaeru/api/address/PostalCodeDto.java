package com.kaeru.api.address;

import java.util.List;

/**
 * A postal code and everything it stands for: one town usually, several for some codes (a form
 * then asks which).
 *
 * @param postalCode the code as printed, {@code 150-0002}
 * @param addresses  the towns (or floors, or organisation) of the code
 */
public record PostalCodeDto(String postalCode, List<PostalAddressDto> addresses) {
}
