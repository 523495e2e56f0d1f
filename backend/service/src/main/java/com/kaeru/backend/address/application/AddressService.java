package com.kaeru.backend.address.application;

import java.util.List;
import java.util.Locale;

import com.kaeru.address.AddressCheck;
import com.kaeru.address.AddressCheckResult;
import com.kaeru.address.AddressField;
import com.kaeru.address.AddressInput;
import com.kaeru.address.Finding;
import com.kaeru.address.PostalAddress;
import com.kaeru.address.PostalCode;
import com.kaeru.address.PostalDirectory;
import com.kaeru.api.address.AddressCheckDto;
import com.kaeru.api.address.AddressCheckRequest;
import com.kaeru.api.address.AddressFindingDto;
import com.kaeru.api.address.PostalAddressDto;
import com.kaeru.api.address.PostalCodeDto;
import com.kaeru.backend.platform.errors.InvalidRequestException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.platform.i18n.ApiMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Postal code lookups and address checks for anyone (no shop, no caller): the domain's findings
 * become machine codes plus a message in the caller's language.
 */
@ApplicationScoped
public class AddressService {
    /** A message lists this many suggested addresses at most; the finding itself carries all. */
    private static final int ADDRESSES_IN_MESSAGE = 3;

    @Inject
    PostalDirectory directory;
    @Inject
    AddressCheck addressCheck;

    /** Everything a code stands for; 400 for a code that is not seven digits, 404 for an unknown one. */
    public PostalCodeDto postalCode(String typed) {
        PostalCode code = PostalCode.parse(typed)
                .orElseThrow(() -> new InvalidRequestException("problem.address.invalid-postal-code", typed));
        List<PostalAddress> addresses = directory.addresses(code);
        if (addresses.isEmpty()) {
            throw new NotFoundException("problem.not-found.postal-code", code.toString());
        }
        return new PostalCodeDto(code.toString(), dtos(addresses));
    }

    public AddressCheckDto check(AddressCheckRequest request, Locale locale) {
        AddressCheckResult result = addressCheck.check(new AddressInput(request.postalCode, request.prefecture,
                request.city, request.addressLine, request.building));
        String code = result.postalCode() == null ? null : result.postalCode().toString();
        List<AddressFindingDto> findings = result.findings().stream()
                .map(finding -> new AddressFindingDto(finding.code().name(), fieldName(finding.field()),
                        message(finding, code, locale),
                        finding.suggestedPostalCodes().stream().map(PostalCode::toString).toList(),
                        dtos(finding.suggestedAddresses())))
                .toList();
        return new AddressCheckDto(code, findings.isEmpty(), dtos(result.candidates()),
                result.match() == null ? null : dto(result.match()), findings);
    }

    /** The request's own property names, so a form can put the message next to the field. */
    static String fieldName(AddressField field) {
        return switch (field) {
            case POSTAL_CODE -> "postalCode";
            case PREFECTURE -> "prefecture";
            case CITY -> "city";
            case ADDRESS_LINE -> "addressLine";
            case BUILDING -> "building";
        };
    }

    /** {@code address.finding.<code>}, with {@code .with-codes} or {@code .with-address} when it suggests something. */
    static String message(Finding finding, String code, Locale locale) {
        String key = "address.finding." + finding.code().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String separator = ApiMessages.JAPANESE.getLanguage().equals(locale.getLanguage()) ? "、" : ", ";
        if (!finding.suggestedPostalCodes().isEmpty()) {
            List<String> codes = finding.suggestedPostalCodes().stream().map(PostalCode::toString).toList();
            return ApiMessages.text(locale, key + ".with-codes", code, String.join(separator, codes));
        }
        if (!finding.suggestedAddresses().isEmpty()) {
            List<PostalAddress> addresses = finding.suggestedAddresses();
            List<String> shown = addresses.stream().limit(ADDRESSES_IN_MESSAGE).map(AddressService::written).toList();
            String listed = String.join(separator, shown) + (addresses.size() > shown.size() ? separator + "…" : "");
            return ApiMessages.text(locale, key + ".with-address", code, listed);
        }
        return ApiMessages.text(locale, key, code);
    }

    /** As written on an envelope: 東京都渋谷区渋谷, 東京都新宿区西新宿２丁目８－１ 東京都庁. */
    private static String written(PostalAddress address) {
        String text = address.prefecture().name() + address.municipality().name() + address.town() + address.building();
        return address.isBusiness() ? text + address.businessAddress() + " " + address.businessName() : text;
    }

    private static List<PostalAddressDto> dtos(List<PostalAddress> addresses) {
        return addresses.stream().map(AddressService::dto).toList();
    }

    private static PostalAddressDto dto(PostalAddress address) {
        return new PostalAddressDto(address.postalCode().toString(), address.prefecture().name(),
                address.prefecture().kana(), address.municipality().name(), address.municipality().kana(),
                address.town(), address.townKana(), address.building(), address.businessName(),
                address.businessAddress());
    }
}
