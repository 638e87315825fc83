import { expect } from "chai";
import { DomainError } from "../../../server/domain/errors";
import { decodeXmlBytes, parseMspdiXml } from "../../../server/services/mspdi-xml";

function notXml(xml: string): void {
  try {
    parseMspdiXml(xml);
  } catch (err) {
    expect(err).to.be.instanceOf(DomainError);
    expect((err as DomainError).key).to.equal("import.errors.notXml");
    return;
  }
  expect.fail(`expected ${xml.slice(0, 40)} to be rejected`);
}

describe("services/mspdi-xml (the XML edge of the MS Project import)", () => {
  it("parses elements to strings, drops the namespace and attributes, and always gives arrays for repeating elements", () => {
    const doc = parseMspdiXml(
      `<?xml version="1.0"?><Project xmlns="http://schemas.microsoft.com/project"><MinutesPerDay>480</MinutesPerDay><Tasks><Task><UID>007</UID><PredecessorLink><PredecessorUID>2</PredecessorUID></PredecessorLink></Task></Tasks></Project>`,
    );
    expect(doc).to.deep.equal({ Project: { MinutesPerDay: "480", Tasks: { Task: [{ UID: "007", PredecessorLink: [{ PredecessorUID: "2" }] }] } } });
  });

  it("decodes the five XML entities and character references, once", () => {
    const doc = parseMspdiXml("<Project><Name>R&amp;D &lt;phase&gt; &quot;1&quot; &apos;&#65;&#x42; &amp;#67;</Name></Project>") as { Project: { Name: string } };
    expect(doc.Project.Name).to.equal(`R&D <phase> "1" 'AB &#67;`);
  });

  it("never expands DOCTYPE entities (no billion laughs) and rejects external entities", () => {
    const laughs = `<!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><Project><Name>&b;</Name></Project>`;
    expect((parseMspdiXml(laughs) as { Project: { Name: string } }).Project.Name).to.equal("&b;");
    notXml(`<!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project><Name>&x;</Name></Project>`);
  });

  it("rejects text that is not well-formed XML, and reserved property names", () => {
    for (const bad of ["", "not xml", "{\"Project\":{}}", "<Project><Name>x</Project>", "<a></a><b></b>", "<Project><__proto__><x>1</x></__proto__></Project>"]) notXml(bad);
  });

  it("reads UTF-8 with or without a byte-order mark, UTF-16 with one, and a declared single-byte encoding", () => {
    const xml = `<?xml version="1.0"?><Project><Name>Café برنامه</Name></Project>`;
    expect(decodeXmlBytes(Buffer.from(xml, "utf8"))).to.equal(xml);
    expect(decodeXmlBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml, "utf8")]))).to.equal(xml);
    expect(decodeXmlBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")]))).to.equal(xml);
    const be = Buffer.from(xml, "utf16le").swap16();
    expect(decodeXmlBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).to.equal(xml);
    const latin = `<?xml version="1.0" encoding="ISO-8859-1"?><Project><Name>Café</Name></Project>`;
    expect(decodeXmlBytes(Buffer.from(latin, "latin1"))).to.equal(latin);
  });
});
