package org.sanctionsmonitor.normalize;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * EIP-55 mixed-case checksums of EVM addresses: the case of each hex letter is set by the
 * Keccak-256 hash of the lower-case address (BouncyCastle's {@link KeccakDigest}; the JDK's
 * SHA3-256 pads differently and gives other hashes). An all-lower or all-upper address carries
 * no checksum; a mixed-case one whose case disagrees with its hash was mistyped somewhere.
 */
public final class Eip55 {

    private Eip55() {
    }

    /** True when the 40 hex digits after 0x have both upper- and lower-case letters. */
    public static boolean mixedCase(String address) {
        boolean upper = false;
        boolean lower = false;
        for (int i = 2; i < address.length(); i++) {
            char c = address.charAt(i);
            upper |= c >= 'A' && c <= 'F';
            lower |= c >= 'a' && c <= 'f';
        }
        return upper && lower;
    }

    /** The address written with its EIP-55 checksum ("0x" + mixed case); {@code address} must be 0x + 40 hex digits. */
    public static String checksummed(String address) {
        String hex = address.substring(2).toLowerCase(Locale.ROOT);
        KeccakDigest k = new KeccakDigest(256);
        byte[] in = hex.getBytes(StandardCharsets.US_ASCII);
        k.update(in, 0, in.length);
        byte[] hash = new byte[32];
        k.doFinal(hash, 0);
        StringBuilder sb = new StringBuilder(42).append("0x");
        for (int i = 0; i < 40; i++) {
            char c = hex.charAt(i);
            int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xF;
            sb.append(c >= 'a' && nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return sb.toString();
    }

    /**
     * Null when the EVM address (0x + 40 hex digits) carries no checksum (one case only) or a
     * right one; else the problem, naming the correctly checksummed form.
     */
    public static String problem(String address) {
        String a = address.strip();
        if (!mixedCase(a)) {
            return null;
        }
        String right = checksummed(a);
        return right.substring(2).equals(a.substring(2)) ? null
                : "has a wrong EIP-55 checksum (mixed case; with a right checksum it reads " + right + ")";
    }
}
