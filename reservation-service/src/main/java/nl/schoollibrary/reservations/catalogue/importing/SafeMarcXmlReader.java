package nl.schoollibrary.reservations.catalogue.importing;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.marc4j.MarcException;
import org.marc4j.MarcReader;
import org.marc4j.MarcXmlHandler;
import org.marc4j.RecordStack;
import org.marc4j.marc.Record;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * marc4j's MARCXML reading ({@link MarcXmlHandler} filling a {@link RecordStack} from a parser thread, as
 * {@code MarcXmlReader} does) over a SAX parser that takes no DOCTYPE: {@code MarcXmlReader} itself uses the JDK's
 * default parser, which resolves external entities, so a file could make the service read its own files (XXE). A
 * parse error carries its line.
 */
final class SafeMarcXmlReader implements MarcReader, AutoCloseable {

    private static final Object END = new Object();

    /**
     * The hand-over between the parser thread and the reader: a bounded queue (the heap holds a few records), which,
     * unlike marc4j's {@link RecordStack}, can be abandoned when the import stops early (the parser then reads the rest
     * of the file without keeping anything, and ends).
     */
    private static final class Records extends RecordStack {
        private final BlockingQueue<Object> items = new ArrayBlockingQueue<>(16);
        private volatile boolean abandoned;
        private Object next;

        @Override
        public void push(Record record) {
            offer(record);
        }

        @Override
        public void end() {
            offer(END);
        }

        @Override
        public void passException(RuntimeException e) {
            offer(e);
        }

        private void offer(Object item) {
            try {
                while (!abandoned && !items.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    // the reader is slower than the parser: wait
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                try {
                    next = items.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new MarcException("interrupted");
                }
            }
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return next != END;
        }

        @Override
        public Record pop() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Record record = (Record) next;
            next = null;
            return record;
        }

        void abandon() {
            abandoned = true;
            items.clear();
        }
    }

    private final Records queue = new Records();
    private final Thread parser;

    SafeMarcXmlReader(InputStream in) {
        parser = new Thread(() -> parse(in), "marcxml-import");
        parser.setDaemon(true);
        parser.start();
    }

    /** Stops handing records over and waits until the parser has read the rest of the file. */
    @Override
    public void close() {
        queue.abandon();
        try {
            parser.join(Duration.ofMinutes(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void parse(InputStream in) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            reader.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            reader.setContentHandler(new MarcXmlHandler(queue));
            reader.parse(new InputSource(in));
            queue.end();
        } catch (SAXParseException e) {
            queue.passException(new MarcException("line " + e.getLineNumber() + ": " + e.getMessage(), e));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            queue.passException(new MarcException(String.valueOf(e.getMessage()), e));
        } catch (RuntimeException e) {
            queue.passException(e);
        }
    }

    @Override
    public boolean hasNext() {
        return queue.hasNext();
    }

    @Override
    public Record next() {
        return queue.pop();
    }
}
