package bench;

import java.beans.XMLDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ByteArrayOutputStream;

/** Unsafe deserialization (CWE-502): vulnerable methods and safe look-alikes. */
public class DeserializationCases {
  public Object vulnObjectStream(InputStream body) throws IOException, ClassNotFoundException {
    ObjectInputStream in = new ObjectInputStream(body);
    return in.readObject();
  }

  public Object vulnXmlDecoder(byte[] upload) {
    XMLDecoder decoder = new XMLDecoder(new ByteArrayInputStream(upload));
    return decoder.readObject();
  }

  public Object safeFiltered(InputStream body) throws IOException, ClassNotFoundException {
    ObjectInputStream in = new ObjectInputStream(body);
    in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("java.lang.String;!*"));
    return in.readObject();
  }

  public byte[] safeSerializeOnly(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }
}
