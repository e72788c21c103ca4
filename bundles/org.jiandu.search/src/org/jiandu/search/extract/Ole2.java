package org.jiandu.search.extract;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A reader of the OLE2 compound file (MS-CFB) that Office 97–2003 documents are stored in: the sector chains of its
 * FAT and mini FAT, and its directory, enough to read a named stream. Every offset and chain is checked, so a
 * truncated or hostile file gives a clear error instead of a loop or an exception from deep inside.
 */
final class Ole2 {

    static final byte[] SIGNATURE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
    private static final int END_OF_CHAIN = 0xFFFFFFFE, FREE = 0xFFFFFFFF;

    private final ByteBuffer file;
    private final int sectorSize, miniSectorSize, miniCutoff;
    private final int[] fat, miniFat;
    private final List<Entry> entries = new ArrayList<>();
    private byte[] miniStream;

    /** A directory entry: a storage (type 1), a stream (2) or the root (5). */
    record Entry(String name, int type, int start, long size) {
    }

    Ole2(byte[] bytes) throws ExtractionException {
        if (bytes.length < 512 || !startsWithSignature(bytes)) {
            throw new ExtractionException("not an Office 97–2003 file (no compound-file signature)");
        }
        file = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int shift = file.getShort(0x1E) & 0xFFFF, miniShift = file.getShort(0x20) & 0xFFFF;
        if ((shift != 9 && shift != 12) || miniShift != 6) {
            throw corrupt("sector size");
        }
        sectorSize = 1 << shift;
        miniSectorSize = 1 << miniShift;
        miniCutoff = file.getInt(0x38);
        int fatSectors = file.getInt(0x2C), firstDir = file.getInt(0x30), firstMiniFat = file.getInt(0x3C),
                firstDifat = file.getInt(0x44), difatSectors = file.getInt(0x48);
        int sectors = (bytes.length - sectorSize + sectorSize - 1) / sectorSize; // sectors present after the header
        if (fatSectors < 0 || fatSectors > sectors || difatSectors < 0 || difatSectors > sectors) {
            throw corrupt("allocation table size");
        }
        // the FAT's own sectors: 109 in the header, the rest in the DIFAT chain
        List<Integer> fatAt = new ArrayList<>();
        for (int i = 0; i < 109 && fatAt.size() < fatSectors; i++) {
            fatAt.add(file.getInt(0x4C + 4 * i));
        }
        int d = firstDifat;
        BitSet difatSeen = new BitSet();
        for (int n = 0; n < difatSectors && fatAt.size() < fatSectors; n++) {
            if (d < 0 || difatSeen.get(d)) {
                throw corrupt("allocation table chain");
            }
            difatSeen.set(d);
            int off = offset(d);
            for (int i = 0; i < sectorSize / 4 - 1 && fatAt.size() < fatSectors; i++) {
                fatAt.add(file.getInt(off + 4 * i));
            }
            d = file.getInt(off + sectorSize - 4);
        }
        if (fatAt.size() < fatSectors) {
            throw corrupt("allocation table");
        }
        fat = new int[fatSectors * (sectorSize / 4)];
        for (int s = 0; s < fatSectors; s++) {
            int off = offset(fatAt.get(s));
            for (int i = 0; i < sectorSize / 4; i++) {
                fat[s * (sectorSize / 4) + i] = file.getInt(off + 4 * i);
            }
        }
        byte[] dir = chain(firstDir, -1);
        for (int off = 0; off + 128 <= dir.length; off += 128) {
            ByteBuffer e = ByteBuffer.wrap(dir, off, 128).order(ByteOrder.LITTLE_ENDIAN);
            int nameBytes = Math.min(64, e.getShort(off + 0x40) & 0xFFFF);
            String name = new String(dir, off, Math.max(0, nameBytes - 2), StandardCharsets.UTF_16LE);
            int type = dir[off + 0x42];
            long size = shift == 9 ? e.getInt(off + 0x78) & 0xFFFFFFFFL : e.getLong(off + 0x78);
            entries.add(new Entry(name, type, e.getInt(off + 0x74), size));
        }
        if (entries.isEmpty() || entries.get(0).type() != 5) {
            throw corrupt("directory");
        }
        miniFat = firstMiniFat == END_OF_CHAIN || file.getInt(0x40) == 0 ? new int[0] : ints(chain(firstMiniFat, -1));
    }

    static boolean startsWithSignature(byte[] b) {
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (b.length <= i || b[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    private static ExtractionException corrupt(String what) {
        return new ExtractionException("damaged or truncated Office 97–2003 file (" + what + ")");
    }

    private int offset(int sector) throws ExtractionException {
        long off = ((long) sector + 1) * sectorSize;
        if (sector < 0 || off + sectorSize > file.capacity()) {
            throw corrupt("sector " + Integer.toUnsignedString(sector) + " is outside the file");
        }
        return (int) off;
    }

    private static int[] ints(byte[] b) {
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int[] out = new int[b.length / 4];
        for (int i = 0; i < out.length; i++) {
            out[i] = buf.getInt(4 * i);
        }
        return out;
    }

    /**
     * The bytes of a chain of regular sectors (at most {@code size} when that is ≥ 0). A sector met twice is a
     * loop and refused at once: a chain can then hold no more than the file, however long its FAT claims to be.
     */
    private byte[] chain(int start, long size) throws ExtractionException {
        if (size > file.capacity()) {
            throw corrupt("stream larger than the file");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BitSet seen = new BitSet();
        int s = start;
        while (s != END_OF_CHAIN && (size < 0 || out.size() < size)) {
            if (s == FREE || s < 0 || s >= fat.length || seen.get(s)) {
                throw corrupt("sector chain");
            }
            seen.set(s);
            if ((seen.cardinality() & 1023) == 0) {
                Deadline.check();
            }
            out.write(file.array(), offset(s), sectorSize);
            s = fat[s];
        }
        byte[] b = out.toByteArray();
        if (size >= 0 && b.length < size) {
            throw corrupt("stream shorter than its size");
        }
        return size >= 0 && b.length > size ? Arrays.copyOf(b, (int) size) : b;
    }

    private byte[] miniChain(int start, long size) throws ExtractionException {
        if (miniStream == null) {
            Entry root = entries.get(0);
            miniStream = chain(root.start(), root.size());
        }
        if (size > miniStream.length) {
            throw corrupt("stream larger than the mini stream");
        }
        byte[] out = new byte[(int) size];
        BitSet seen = new BitSet();
        int s = start, pos = 0;
        while (pos < size) {
            if (s < 0 || s >= miniFat.length || seen.get(s)) {
                throw corrupt("mini sector chain");
            }
            seen.set(s);
            int off = s * miniSectorSize, n = (int) Math.min(miniSectorSize, size - pos);
            if (off + n > miniStream.length) {
                throw corrupt("mini stream");
            }
            System.arraycopy(miniStream, off, out, pos, n);
            pos += n;
            s = miniFat[s];
        }
        return out;
    }

    /** The stream with this name (any case), anywhere in the file. */
    Optional<byte[]> stream(String name) throws ExtractionException {
        for (Entry e : entries) {
            if (e.type() == 2 && e.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                if (e.size() > Extractors.MAX_FILE) {
                    throw corrupt("stream size");
                }
                return Optional.of(e.size() < miniCutoff ? miniChain(e.start(), e.size()) : chain(e.start(), e.size()));
            }
        }
        return Optional.empty();
    }

    boolean has(String name) {
        return entries.stream().anyMatch(e -> e.type() == 2 && e.name().equalsIgnoreCase(name));
    }
}
