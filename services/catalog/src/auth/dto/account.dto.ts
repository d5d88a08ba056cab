import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@shop/auth';
import type { AccountProfile } from '../domain/account-profile';

export class AccountDto {
  @ApiProperty({ format: 'uuid', description: 'The `sub` of the account’s access tokens.' })
  id!: string;

  @ApiProperty({ example: 'ada@example.com' })
  email!: string;

  @ApiProperty({ example: 'Ada Lovelace' })
  name!: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['customer'] })
  roles!: Role[];

  static from(account: AccountProfile): AccountDto {
    return { id: account.id, email: account.email, name: account.name, roles: account.roles };
  }
}
