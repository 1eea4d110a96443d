import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

export interface TestPki {
  caCertPem: string;
  serverCertPem: string;
  serverKeyPem: string;
  clientCertPem: string;
  clientKeyPem: string;
  /** PKCS#12 holding the client certificate and key, protected by `clientPfxPassword`. */
  clientPfx: Buffer;
  clientPfxPassword: string;
}

interface KeyPair {
  privateKey: forge.pki.rsa.PrivateKey;
  publicKey: forge.pki.rsa.PublicKey;
  privateKeyPem: string;
}

/** RSA keys come from Node's native generator: forge's pure-JS one takes seconds per 2048-bit key. */
function rsaKeyPair(): KeyPair {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const forgeKey = forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey;
  return {
    privateKey: forgeKey,
    publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e),
    privateKeyPem: forge.pki.privateKeyToPem(forgeKey),
  };
}

function certificate(options: {
  commonName: string;
  keys: KeyPair;
  issuer?: { cert: forge.pki.Certificate; keys: KeyPair };
  extensions: object[];
}): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = options.keys.publicKey;
  // A leading 01 byte keeps the random serial positive in DER.
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const subject = [{ name: 'commonName', value: options.commonName }];
  cert.setSubject(subject);
  cert.setIssuer(options.issuer ? options.issuer.cert.subject.attributes : subject);
  cert.setExtensions(options.extensions);
  cert.sign((options.issuer?.keys ?? options.keys).privateKey, forge.md.sha256.create());
  return cert;
}

/**
 * A throw-away PKI for mutual-TLS tests: a CA, a server certificate for `localhost` / `127.0.0.1` and a
 * client certificate (also as PKCS#12), all generated at run time so no private key is ever committed.
 */
export function generateTestPki(): TestPki {
  const caKeys = rsaKeyPair();
  const caCert = certificate({
    commonName: 'Test CA',
    keys: caKeys,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  const ca = { cert: caCert, keys: caKeys };

  const serverKeys = rsaKeyPair();
  const serverCert = certificate({
    commonName: 'localhost',
    keys: serverKeys,
    issuer: ca,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });

  const clientKeys = rsaKeyPair();
  const clientCert = certificate({
    commonName: 'test-client',
    keys: clientKeys,
    issuer: ca,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', clientAuth: true },
    ],
  });

  const clientPfxPassword = randomBytes(12).toString('hex');
  // Only the client's own certificate: Node trusts CA certificates found in a PKCS#12, which would let a
  // test pass without the server's CA being configured.
  const pkcs12 = forge.pkcs12.toPkcs12Asn1(clientKeys.privateKey, [clientCert], clientPfxPassword, {
    algorithm: '3des',
    friendlyName: 'test-client',
  });

  return {
    caCertPem: forge.pki.certificateToPem(caCert),
    serverCertPem: forge.pki.certificateToPem(serverCert),
    serverKeyPem: serverKeys.privateKeyPem,
    clientCertPem: forge.pki.certificateToPem(clientCert),
    clientKeyPem: clientKeys.privateKeyPem,
    clientPfx: Buffer.from(forge.asn1.toDer(pkcs12).getBytes(), 'binary'),
    clientPfxPassword,
  };
}
