package com.kaeru.address;

import java.util.List;

/**
 * One thing wrong with a typed address, with what would fix it.
 *
 * @param code                  what is wrong
 * @param field                 the form field it is about
 * @param suggestedPostalCodes  the codes of the address as typed, when it could be found (the code
 *                              is wrong); empty otherwise
 * @param suggestedAddresses    what the typed code stands for, when the typed address could not be
 *                              found (the address is wrong); for a missing block number of an
 *                              organisation's code, the organisation's address; empty otherwise
 */
public record Finding(FindingCode code, AddressField field, List<PostalCode> suggestedPostalCodes,
                      List<PostalAddress> suggestedAddresses) {

    public Finding {
        suggestedPostalCodes = List.copyOf(suggestedPostalCodes);
        suggestedAddresses = List.copyOf(suggestedAddresses);
    }
}
