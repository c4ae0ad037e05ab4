export { useMe } from '../../../lib/queries/use-me';
