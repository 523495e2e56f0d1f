package com.kaeru.api.address;

import java.util.List;

/**
 * The check of a typed address.
 *
 * @param postalCode the normalised code ({@code 150-0002}), {@code null} when not seven digits
 * @param clean      true when nothing is wrong
 * @param candidates everything the code stands for (what a form fills in), empty for an unknown code
 * @param match      the candidate the typed address agrees with; {@code null} (left out of the
 *                   JSON) when none does, or several do (a multi-town code before the town is typed)
 * @param findings   what is wrong, empty when {@code clean}
 */
public record AddressCheckDto(String postalCode, boolean clean, List<PostalAddressDto> candidates,
                              PostalAddressDto match, List<AddressFindingDto> findings) {
}
