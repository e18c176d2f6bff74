/** operation reissue: a new certificate on an existing order, sent at most once. */
import { getOrderInfo, type OrderInfo } from '../certcentral/order-info.ts';
import { Failure } from '../common/failure.ts';
import type { ReissueSettings } from '../inputs/settings.ts';
import type { FieldName } from '../rules/fields.ts';
import { allowedSignatureHashes, isProductId, reissueFieldsOf, type ProductId } from '../rules/products.ts';
import { checkReissueRules, checkRequired, notApplicable, type Findings } from '../rules/validate.ts';
import type { Job } from './job.ts';
import { reissueRequest } from './requests.ts';
import { describeKey, pickUpIfAsked, sendOnce } from './send.ts';

/**
 * The order is read first: its product and provisioning method decide what the reissue takes (a CSR only for an HSM
 * or a client certificate, no common name on a signing order), and the check before sending needs the read anyway.
 */
export async function reissue(job: Job<ReissueSettings>): Promise<void> {
  const { settings, host, client } = job;
  const { orderId } = settings;
  const { request, key } = reissueRequest(settings, job.run);
  const what = `Reissuing order ${orderId}`;
  const info = await getOrderInfo(client, orderId);
  const findings = reissueFindings(info, settings);
  for (const warning of findings.warnings) host.warning(warning);
  if (findings.problems.length > 0) {
    host.setOutput('order-id', String(orderId));
    throw new Failure(
      'invalid-input',
      `Invalid input for the reissue of order ${orderId}, a ${info.product || '(no product)'} order; only the order was read, nothing was sent:\n- ${findings.problems.join('\n- ')}`,
    );
  }
  if (key) host.info(describeKey(key, 'reissue'));
  const submitted = await sendOnce(job, { kind: 'reissue', request, key, order: info }, what);
  await pickUpIfAsked(job, submitted);
}

/**
 * The reissue's inputs against the order as read: the product it is (a product given must be the same), the fields
 * a reissue of that product takes when no product was given, and the CSR the order's provisioning method asks for.
 */
export function reissueFindings(info: OrderInfo, settings: ReissueSettings): Findings {
  const findings: Findings = { problems: [], warnings: [] };
  const orderProduct: ProductId | undefined = isProductId(info.product) ? info.product : undefined;
  if (settings.product && info.product && settings.product !== info.product) {
    findings.problems.push(
      `product: "${settings.product}" is given, but order ${info.id} is a ${info.product} order. Allowed: ${info.product}, or leave product out.`,
    );
    return findings;
  }
  const product = settings.product ?? orderProduct;
  const given = new Set(Object.keys(settings.fields) as FieldName[]);
  if (!settings.product && orderProduct) {
    // Checked against the generic reissue table before the read; now against the order's product.
    const table = reissueFieldsOf(orderProduct);
    for (const name of given) if (!table[name]) findings.problems.push(notApplicable(name, 'reissue', orderProduct));
    checkRequired(table, { values: settings.fields, given }, `a reissue of a ${orderProduct} order`, findings);
    const hashes = allowedSignatureHashes('reissue', orderProduct);
    const hash = settings.fields['signature-hash'];
    if (hash !== undefined && !hashes.includes(String(hash))) {
      findings.problems.push(
        `signature-hash: "${String(hash)}" is not allowed for a reissue of a ${orderProduct} order. Allowed: ${hashes.join(', ')}.`,
      );
    }
  }
  checkReissueRules(
    product,
    { values: settings.fields, given, csrKey: settings.csrKey },
    { read: true, method: info.provisioningMethod },
    findings,
  );
  return findings;
}
