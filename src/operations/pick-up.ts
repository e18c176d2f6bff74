import { join } from 'node:path';
import {
  downloadPemBundle,
  splitPemBundle,
  writeCertificateFiles,
  type CertificateFiles,
  type SplitBundle,
} from '../certcentral/certificates.ts';
import type { CertCentralClient } from '../certcentral/client.ts';
import type { Host } from './job.ts';
import { getOrderInfo, type OrderInfo } from '../certcentral/order-info.ts';
import type { PickUpSettings } from '../inputs/pick-up-settings.ts';
import { orderInfoOutputs } from '../certcentral/outputs.ts';
import { Failure } from '../common/failure.ts';
import { orderKind, waitForFinalStatus } from './wait.ts';

export const PICK_UP_OUTPUTS = [
  'order-status',
  'certificate-pem',
  'chain-pem',
  'certificate-path',
  'chain-path',
  'serial-number',
  'thumbprint',
  'valid-from',
  'valid-till',
] as const;

/**
 * Reads the order (waiting for a final status when asked), sets the order outputs, and
 * when it is issued downloads the certificate and writes certificate.pem and chain.pem.
 * Outputs are set as soon as they are known, so they stay set when a later step fails.
 */
export async function pickUp(
  client: CertCentralClient,
  orderId: number,
  settings: PickUpSettings,
  host: Host,
  /** After a reissue: the certificate it replaces, which is not handed over. */
  replacing?: number,
): Promise<void> {
  let info: OrderInfo;
  if (settings.waitForIssuance) {
    const title = `Waiting for order ${orderId} to be issued (at most ${settings.waitTimeoutSeconds} s)`;
    const result = await host.group(title, () =>
      waitForFinalStatus(
        (withinMs) => getOrderInfo(client, orderId, { once: true, withinMs }),
        {
          timeoutSeconds: settings.waitTimeoutSeconds,
          pollIntervalSeconds: settings.pollIntervalSeconds,
          replacing,
          timeoutName: host.hints.waitTimeout,
          maxAttempts: client.retry.maxAttempts,
        },
        (line) => host.info(line),
      ),
    );
    info = result.info;
    setOrderOutputs(info, host, replacing);
    if (!result.final) {
      throw new Failure(
        'not-issued-in-time',
        `Order ${orderId} was not issued within ${settings.waitTimeoutSeconds} seconds; its last status is ${info.status || '(none)'}. ` +
          host.hints.pickUpLater(orderId) +
          (replacing === undefined
            ? ''
            : ` The reissue replaces certificate ${replacing}: a pick-up that shows certificate-id ${replacing} still has the old one.`),
      );
    }
  } else {
    info = await getOrderInfo(client, orderId);
    setOrderOutputs(info, host, replacing);
  }

  const kind = orderKind(info, replacing);
  if (kind === 'failed') {
    throw new Failure(
      'order-failed',
      `Order ${orderId} is ${info.status}; there is no valid certificate to download.`,
      {
        detail: info.status,
      },
    );
  }
  if (kind !== 'issued') {
    host.info(
      `Order ${orderId} is ${info.status || '(no status)'}, not issued yet. ${host.hints.pickUpLater(orderId)}`,
    );
    return;
  }
  await download(client, info, orderFolder(settings, orderId), host);
}

function sameSerial(a: string, b: string): boolean {
  const normal = (serial: string) =>
    serial
      .toUpperCase()
      .replace(/[^0-9A-F]/g, '')
      .replace(/^0+/, '');
  return normal(a) === normal(b);
}

function setOrderOutputs(info: OrderInfo, host: Host, replacing: number | undefined): void {
  const { 'order-status': orderStatus, ...certificate } = orderInfoOutputs(info);
  host.setOutput('order-status', orderStatus);
  // The certificate a reissue replaces is not this run's result.
  if (replacing !== undefined && info.certificate.id === replacing) return;
  for (const [name, value] of Object.entries(certificate)) if (value !== '') host.setOutput(name, value);
}

async function download(client: CertCentralClient, info: OrderInfo, outputDir: string, host: Host): Promise<void> {
  const certificateId = info.certificate.id;
  if (certificateId === undefined) {
    throw new Failure(
      'no-certificate-id',
      `Order ${info.id} is issued, but CertCentral's order info has no certificate id to download.`,
    );
  }
  const label = `GET /certificate/${certificateId}/download/format/pem_all`;
  const split = splitPemBundle(await downloadPemBundle(client, certificateId), label);
  if (info.certificate.serialNumber && sameSerial(info.certificate.serialNumber, split.leafSerialNumber) === false) {
    host.warning(
      `The downloaded certificate has serial number ${split.leafSerialNumber}, but order ${info.id} names ${info.certificate.serialNumber}.`,
    );
  }
  await handOver(split, info.id, outputDir, host, {
    certificateId: String(certificateId),
    serialNumber: info.certificate.serialNumber || split.leafSerialNumber,
    validFrom: info.certificate.validFrom || '?',
    validTill: info.certificate.validTill || '?',
  });
}

/**
 * An order or reissue answer that issued at once carries the chain (`certificate_chain`): the certificate is handed
 * over from it, with no further request. The leaf is found by what the certificates say, as in a download; its
 * details come from the leaf itself. The files are written when a wait was asked for or output-dir was given.
 */
export async function handOverIssued(
  chain: readonly string[],
  orderId: number,
  certificateId: string,
  settings: PickUpSettings,
  host: Host,
): Promise<void> {
  const split = splitPemBundle(chain.join('\n'), `The answer's certificate_chain of order ${orderId}`);
  host.setOutput('order-status', 'issued');
  host.setOutput('serial-number', split.leafSerialNumber);
  host.setOutput('thumbprint', split.leafThumbprint);
  host.setOutput('valid-from', split.leafValidFrom);
  host.setOutput('valid-till', split.leafValidTill);
  const details = {
    certificateId,
    serialNumber: split.leafSerialNumber,
    validFrom: split.leafValidFrom,
    validTill: split.leafValidTill,
  };
  const writeFiles = settings.waitForIssuance || !settings.folderPerOrder;
  await handOver(split, orderId, writeFiles ? orderFolder(settings, orderId) : undefined, host, details);
}

function orderFolder(settings: PickUpSettings, orderId: number): string {
  return settings.folderPerOrder ? join(settings.outputDir, `certcentral-order-${orderId}`) : settings.outputDir;
}

interface IssuedDetails {
  readonly certificateId: string;
  readonly serialNumber: string;
  readonly validFrom: string;
  readonly validTill: string;
}

/** Sets certificate-pem and chain-pem, and writes certificate.pem and chain.pem under `outputDir` when given. */
async function handOver(
  split: SplitBundle,
  orderId: number,
  outputDir: string | undefined,
  host: Host,
  details: IssuedDetails,
): Promise<void> {
  host.setOutput('certificate-pem', split.leaf);
  host.setOutput('chain-pem', split.chain.join('\n'));
  const issued = `Order ${orderId} is issued: certificate ${details.certificateId}, serial number ${details.serialNumber}, valid ${details.validFrom} to ${details.validTill}.`;
  if (outputDir === undefined) {
    host.info(`${issued} The certificate is in the certificate-pem and chain-pem outputs.`);
    return;
  }
  let files: CertificateFiles;
  try {
    files = await writeCertificateFiles(outputDir, split);
  } catch (error) {
    throw new Failure(
      'files-not-written',
      `Order ${orderId} is issued and its certificate is in the certificate-pem and chain-pem outputs, but the files were not written: ${(error as Error).message}. ` +
        host.hints.writeFilesAgain(orderId),
      { cause: error },
    );
  }
  host.setOutput('certificate-path', files.certificatePath);
  host.setOutput('chain-path', files.chainPath);
  host.info(`${issued} Wrote ${files.certificatePath} and ${files.chainPath}.`);
}
