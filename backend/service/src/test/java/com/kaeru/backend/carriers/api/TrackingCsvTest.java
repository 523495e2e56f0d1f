package com.kaeru.backend.carriers.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.kaeru.backend.carriers.application.TrackingLine;
import com.kaeru.backend.platform.errors.InvalidValueException;
import org.junit.jupiter.api.Test;

class TrackingCsvTest {
    private static final Charset SJIS = Charset.forName("windows-31j");

    @Test
    void readsB2CloudIssuedDataInShiftJis() {
        String csv = "お客様管理番号,送り状種類,クール区分,伝票番号\r\nR-000123,0,0,490123456789\r\n"
                + "R-000124-L9,0,0,490123456790\r\n";
        List<TrackingLine> lines = TrackingCsv.read(csv.getBytes(SJIS));
        assertThat(lines).containsExactly(
                new TrackingLine(2, "R-000123", null, "YAMATO", "490123456789", false, null),
                new TrackingLine(3, "R-000124", 9L, "YAMATO", "490123456790", false, null));
    }

    @Test
    void readsEHidenAndTheGenericLayoutInUtf8WithBom() {
        String ehiden = "お届け先電話番号,お客様管理番号,お問い合せ送り状Ｎｏ．\r\n03-1,R-000123,123456789012\r\n";
        assertThat(TrackingCsv.read(ehiden.getBytes(SJIS))).containsExactly(
                new TrackingLine(2, "R-000123", null, "SAGAWA", "123456789012", false, null));
        byte[] generic = ("\uFEFFrma,line,carrier,tracking,status\nR-000124,9,ヤマト運輸,4901,DELIVERED\n"
                + "R-000125,x,SAGAWA,77,\n").getBytes(StandardCharsets.UTF_8);
        assertThat(TrackingCsv.read(generic)).containsExactly(
                new TrackingLine(2, "R-000124", 9L, "ヤマト運輸", "4901", true, null),
                TrackingLine.unreadable(3, "R-000125", "problem.carrier.bad-line"));
    }

    @Test
    void aLineWithoutTrackingNumberIsALineErrorNotAFileError() {
        String csv = "rma,carrier,tracking\nR-1,YAMATO,\nR-2,YAMATO,55\n";
        assertThat(TrackingCsv.read(csv.getBytes(StandardCharsets.UTF_8))).containsExactly(
                TrackingLine.unreadable(2, "R-1", "problem.carrier.missing-tracking"),
                new TrackingLine(3, "R-2", null, "YAMATO", "55", false, null));
    }

    @Test
    void refusesAQuoteLeftOpenAnUnknownHeaderAndBytesThatAreNeitherEncoding() {
        assertThatThrownBy(() -> TrackingCsv.read("rma,carrier,tracking\nR-1,\"YAMATO,55\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidValueException.class).extracting("messageKey").isEqualTo("problem.carrier.open-quote");
        assertThatThrownBy(() -> TrackingCsv.read("order,parcel\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidValueException.class).extracting("messageKey").isEqualTo("problem.carrier.unknown-layout");
        byte[] garbage = {(byte) 0x82, (byte) 0xFF, (byte) 0xFF, (byte) 0xA0, 0x0A};
        assertThatThrownBy(() -> TrackingCsv.read(garbage))
                .isInstanceOf(InvalidValueException.class).extracting("messageKey").isEqualTo("problem.carrier.encoding");
    }
}
