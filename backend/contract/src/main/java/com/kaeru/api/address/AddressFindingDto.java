package com.kaeru.api.address;

import java.util.List;

/**
 * One thing wrong with a typed address, to show next to the field while the person types.
 *
 * @param code                 stable machine code: {@code INVALID_POSTAL_CODE}, {@code UNKNOWN_POSTAL_CODE},
 *                             {@code POSTAL_CODE_MISMATCH} or {@code BLOCK_NUMBER_MISSING}
 * @param field                the request field it is about: {@code postalCode}, {@code prefecture},
 *                             {@code city}, {@code addressLine} or {@code building}
 * @param message              what is wrong and how to fix it, in the caller's language (Accept-Language)
 * @param suggestedPostalCodes the codes of the address as typed, when found (the code is wrong)
 * @param suggestedAddresses   what the typed code stands for, when the typed address was not found
 *                             (the address is wrong); for an organisation's code missing its block,
 *                             the organisation's address
 */
public record AddressFindingDto(String code, String field, String message, List<String> suggestedPostalCodes,
                                List<PostalAddressDto> suggestedAddresses) {
}
