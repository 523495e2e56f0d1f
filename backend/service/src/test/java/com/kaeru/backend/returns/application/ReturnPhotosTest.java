package com.kaeru.backend.returns.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.kaeru.api.returns.PhotoDto;
import com.kaeru.backend.platform.errors.PayloadTooLargeException;
import org.junit.jupiter.api.Test;

class ReturnPhotosTest {

    @Test
    void typeComesFromTheContentNotFromWhatTheClientClaims() {
        assertThat(ReturnPhotos.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00})).contains("image/jpeg");
        assertThat(ReturnPhotos.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains("image/png");
        assertThat(ReturnPhotos.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).contains("image/webp");
        assertThat(ReturnPhotos.sniff("<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ReturnPhotos.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ReturnPhotos.sniff(new byte[0])).isEmpty();
    }

    @Test
    void uploadsAreCappedWhileReading() {
        assertThat(ReturnPhotos.readCapped(new ByteArrayInputStream(new byte[PhotoDto.MAX_BYTES]))).hasSize(PhotoDto.MAX_BYTES);
        assertThatThrownBy(() -> ReturnPhotos.readCapped(new ByteArrayInputStream(new byte[PhotoDto.MAX_BYTES + 1])))
                .isInstanceOf(PayloadTooLargeException.class);
    }
}
